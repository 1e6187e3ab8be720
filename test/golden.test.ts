import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { toMarkdown } from '../src/core/export';
import { summarize } from '../src/core/summary';
import { defaultAnalyzer } from '../src/node/engine';
import { readArticle } from '../src/node/read-article';

/**
 * The sample article's Markdown card, as the engine makes it in Node. The browsers' popups are held
 * to the same file (test/e2e/popup-scenarios.ts); this catches an engine change that moves the card
 * before the slower browser tests do. `UPDATE_GOLDEN=1` rewrites it after a change meant to move it.
 */
const GOLDEN_MARKDOWN = 'test/golden/sample-summary.md';
const SAMPLE_URL = 'http://news.qq.com/rain/a/20250426A03KQ200';

it('makes the sample article\'s Markdown card as the golden file has it', () => {
  const html = readFileSync('assets/sample/article.html', 'utf8');
  const card = toMarkdown(summarize(defaultAnalyzer().analyze(readArticle(html, { format: 'html', url: SAMPLE_URL }))));
  if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN_MARKDOWN, card);
  expect(card).toBe(readFileSync(GOLDEN_MARKDOWN, 'utf8'));
});
