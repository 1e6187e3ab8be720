import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../src/eval/corpus';
import { CATEGORIES, f1 } from '../src/eval/score';

/** F1 floors per category on the article corpus: raise them whenever the engine improves, never lower them. */
const floors = JSON.parse(readFileSync('test/eval-floors.json', 'utf8')) as Record<string, number>;

describe('quality gate on the article corpus (npm run eval)', () => {
  const { articles, totals } = evaluateCorpus();

  it('has the corpus the floors were set on', () => {
    expect(articles.length).toBeGreaterThanOrEqual(floors.articles);
  });

  for (const category of CATEGORIES) {
    it(`${category}: F1 stays at or above ${floors[category]}`, () => {
      expect(f1(totals[category])).toBeGreaterThanOrEqual(floors[category]);
    });
  }
});
