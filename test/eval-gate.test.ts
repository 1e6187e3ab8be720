import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../src/eval/corpus';
import { addTallies, CATEGORIES, emptyTally, f1, precision, type Category, type Tally } from '../src/eval/score';

interface Floors {
  /** How many articles the whole corpus had when these floors were set. */
  articles: number;
  floors: Record<Category, number>;
  /** Precision of the claims the page shows by default (in-sample: the claim model is trained on the corpus). */
  shownClaimsPrecision: number;
  /** Share of matched figures whose metric is the annotator's (src/eval/score.ts metricAgreement). */
  figureMetrics: number;
  /** The same corpus as an earlier session left it, with that session's floors: new articles never excuse a regression there. */
  earlier: Array<{ name: string; folders: string[]; floors: Record<Category, number> }>;
}

/** F1 floors per category on the article corpus: raise them whenever the engine improves, never lower them. */
const spec = JSON.parse(readFileSync('test/eval-floors.json', 'utf8')) as Floors;

describe('quality gate on the article corpus (npm run eval)', () => {
  const { articles, totals } = evaluateCorpus();

  it('has the corpus the floors were set on', () => {
    expect(articles.length).toBeGreaterThanOrEqual(spec.articles);
  });

  for (const category of CATEGORIES) {
    it(`${category}: F1 stays at or above ${spec.floors[category]}`, () => {
      expect(f1(totals[category])).toBeGreaterThanOrEqual(spec.floors[category]);
    });
  }

  it(`claims the page shows by default: precision stays at or above ${spec.shownClaimsPrecision}`, () => {
    const shown: Tally = emptyTally();
    for (const a of articles) addTallies(shown, a.shownClaims);
    expect(precision(shown)).toBeGreaterThanOrEqual(spec.shownClaimsPrecision);
  });

  it(`figures: the share carrying the annotator's metric stays at or above ${spec.figureMetrics}`, () => {
    const agree = articles.reduce((n, a) => n + a.metrics.agree, 0);
    const of = articles.reduce((n, a) => n + a.metrics.of, 0);
    expect(agree / of).toBeGreaterThanOrEqual(spec.figureMetrics);
  });

  for (const earlier of spec.earlier) {
    const subset = articles.filter((a) => earlier.folders.includes(a.name));
    it(`${earlier.name}: all ${earlier.folders.length} articles are still there`, () => {
      expect(subset.map((a) => a.name).sort()).toEqual([...earlier.folders].sort());
    });
    for (const category of CATEGORIES) {
      it(`${earlier.name}, ${category}: F1 stays at or above ${earlier.floors[category]}`, () => {
        const tally: Tally = emptyTally();
        for (const a of subset) addTallies(tally, a.tallies[category]);
        expect(f1(tally)).toBeGreaterThanOrEqual(earlier.floors[category]);
      });
    }
  }
});
