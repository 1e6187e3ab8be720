import { describe, expect, it } from 'vitest';
import { defaultAnalyzer } from '../../src/node/engine';
import { markdownToArticle } from '../../src/node/markdown';
import { hasShared, readSeed } from '../support/shared';

describe.skipIf(!hasShared)('seed article (../shared): companies and codes', () => {
  const { markdown, expected } = hasShared ? readSeed() : ({} as ReturnType<typeof readSeed>);
  const analysis = hasShared ? defaultAnalyzer().analyze(markdownToArticle(markdown, expected.article.url)) : null!;

  it('reads the article title and date from the front matter', () => {
    expect(analysis.article.title).toBe(expected.article.title);
    expect(analysis.article.publishedAt).toBe(expected.article.published);
  });

  for (const company of hasShared ? readSeed().expected.companies : []) {
    it(`finds ${company.name} through ${company.surfaces.join('/')} with ${company.codes.join(', ') || 'no code'}`, () => {
      const hit = analysis.companies.find((c) => c.name === company.name || company.codes.some((code) => c.codes.includes(code)));
      expect(hit, `${company.name} not found`).toBeDefined();
      expect(hit!.codes).toEqual(expect.arrayContaining(company.codes));
      expect(hit!.listed).toBe(company.listed);
      const surfaces = hit!.mentions.map((m) => m.text);
      for (const s of company.surfaces) expect(surfaces).toContain(s);
    });
  }

  it('reports none of the not_companies as a company', () => {
    for (const { text } of expected.not_companies) {
      expect(analysis.companies.map((c) => c.name)).not.toContain(text);
      expect(analysis.companies.flatMap((c) => c.mentions.map((m) => m.text))).not.toContain(text);
    }
  });

  it('keeps every mention inside the text at its offsets', () => {
    for (const c of analysis.companies) for (const m of c.mentions) expect(analysis.article.text.slice(m.start, m.end)).toBe(m.text);
  });
});
