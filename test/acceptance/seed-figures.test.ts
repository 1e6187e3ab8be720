import { describe, expect, it } from 'vitest';
import { markdownToArticle } from '../../src/node/markdown';
import type { Figure } from '../../src/core/types';
import { figureEngine } from '../support/figure-dictionary';
import { hasShared, readSeed, type SeedExpected } from '../support/shared';

/**
 * Metrics match when one contains the other: the fixture's 全球人口 holds our 人口, its 亏损减少
 * holds our 减少 (we report the nearest metric word before the number, 将减少 → 减少), and for
 * 分别上涨了73% we report 上涨 (the verb of the clause), not 涨幅.
 */
const metricMatches = (ours: string | null, expected: string) => ours !== null && (ours.includes(expected) || expected.includes(ours));
const RELATIVE_TOLERANCE = 1e-6;
const close = (a: number | null, b: number) => a !== null && Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));

type ExpectedFigure = SeedExpected['figures'][number];

function matches(f: Figure, e: ExpectedFigure): boolean {
  return (
    f.text === e.text &&
    f.kind === e.kind &&
    close(f.value, e.value) &&
    (e.high === undefined ? f.high === null : close(f.high, e.high)) &&
    f.unit === e.unit &&
    (e.approx === undefined || f.approx === e.approx) &&
    (e.company === undefined || f.company === e.company) &&
    metricMatches(f.metric, e.metric)
  );
}

describe.skipIf(!hasShared)('seed article (../shared): figures', async () => {
  const { markdown, expected } = hasShared ? readSeed() : ({} as ReturnType<typeof readSeed>);
  const { engine } = await figureEngine();
  const figures = hasShared ? engine.analyze(markdownToArticle(markdown, expected.article.url)).figures : [];

  for (const e of hasShared ? expected.figures : []) {
    it(`finds ${e.text} (${e.kind}${e.company ? `, ${e.company}` : ''}, ${e.metric})`, () => {
      const sameText = figures.filter((f) => f.text === e.text);
      expect(sameText.length, `${e.text} not found`).toBeGreaterThan(0);
      expect(sameText.some((f) => matches(f, e)), JSON.stringify(sameText)).toBe(true);
    });
  }

  it('reports none of the not_figures', () => {
    for (const text of expected.not_figures) {
      expect(figures.filter((f) => f.text === text || f.text.includes(text) || text.includes(f.text))).toEqual([]);
    }
  });

  it('keeps every figure inside the text at its offsets, sorted and non-overlapping', () => {
    const article = markdownToArticle(markdown, expected.article.url);
    for (const f of figures) expect(article.text.slice(f.start, f.end)).toBe(f.text);
    for (let i = 1; i < figures.length; i++) expect(figures[i].start).toBeGreaterThanOrEqual(figures[i - 1].end);
  });
});
