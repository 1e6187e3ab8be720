import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusFolders } from '../src/eval/corpus';
import type { Expected } from '../src/eval/score';
import { readArticle } from '../src/node/read-article';

const CLAIM_TYPES = ['guidance', 'forecast', 'causal', 'assessment'];
const FIGURE_KINDS = ['money', 'price', 'percent', 'pct_point', 'multiple', 'count', 'points', 'quantity'];

/** The corpus rules of test/articles/README.md that need no engine: every text is in the body as extracted. */
describe.each(corpusFolders())('corpus article %s is well-formed', (name) => {
  const expected = JSON.parse(readFileSync(join(CORPUS_DIR, name, 'expected.json'), 'utf8')) as Expected;
  const body = readArticle(readFileSync(join(CORPUS_DIR, name, 'source.html'), 'utf8'), { format: 'html', url: expected.url }).text;

  it('every figure, quote and claim text occurs in the body', () => {
    const absent = [...expected.figures, ...expected.quotes, ...expected.claims].map((item) => item.text).filter((text) => !text || !body.includes(text));
    expect(absent).toEqual([]);
  });

  it('claims have a known type, a speaker or null, and no closing punctuation', () => {
    for (const claim of expected.claims) {
      expect(CLAIM_TYPES).toContain(claim.type);
      expect(claim.by === null || (typeof claim.by === 'string' && claim.by.length > 0)).toBe(true);
      expect(claim.text).not.toMatch(/[。；;，,]$/);
    }
  });

  const secondFile = join(CORPUS_DIR, name, 'claims.second.json');
  it.runIf(existsSync(secondFile))('the second annotation of its claims (claims.second.json) is well-formed', () => {
    const second = JSON.parse(readFileSync(secondFile, 'utf8')) as { claims: Expected['claims'] };
    expect(second.claims.map((c) => c.text).filter((text) => !text || !body.includes(text))).toEqual([]);
    for (const claim of second.claims) expect(CLAIM_TYPES).toContain(claim.type);
  });

  it('figures have a known kind', () => {
    for (const figure of expected.figures) expect(FIGURE_KINDS).toContain(figure.kind);
  });
});
