import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../src/node/read-article';

export const LONG_ARTICLE_MIN = 20_000;

/** Paragraphs written for the project: the sample article, the test corpus, and the case files. */
export function projectParagraphs(): string[] {
  const paragraphs: string[] = [];
  const addArticle = (path: string) => paragraphs.push(...readArticle(readFileSync(path, 'utf8'), { fileName: path }).text.split('\n'));
  addArticle('assets/sample/article.html');
  if (existsSync('test/articles')) {
    for (const dir of readdirSync('test/articles')) {
      const source = join('test/articles', dir, 'source.html');
      if (existsSync(source)) addArticle(source);
    }
  }
  for (const file of ['companies', 'figures', 'quotes', 'claims']) {
    const path = `test/cases/${file}.json`;
    if (!existsSync(path)) continue;
    const spec = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    for (const list of Object.values(spec)) {
      if (!Array.isArray(list)) continue;
      for (const c of list) if (c && typeof c.text === 'string' && c.text.length > 20) paragraphs.push(c.text);
    }
  }
  return paragraphs.filter((p) => p.trim().length > 0);
}

/** A deterministic long article (≥ `min` characters) of real-looking paragraphs. */
export function longArticle(min = LONG_ARTICLE_MIN): string {
  const paragraphs = projectParagraphs();
  const out: string[] = [];
  let length = 0;
  let seed = 7;
  while (length < min) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const p = paragraphs[seed % paragraphs.length];
    out.push(p);
    length += p.length + 1;
  }
  return out.join('\n');
}
