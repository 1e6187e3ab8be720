import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analyzer } from '../core/analyze';
import { defaultAnalyzer } from '../node/engine';
import { readArticle } from '../node/read-article';
import { CONFIDENT_CLAIM } from '../core/claims/confident';
import { addTallies, CATEGORIES, claimAgreement, emptyTally, matchClaims, metricAgreement, scoreArticle, type Category, type Expected, type Tally } from './score';

export const CORPUS_DIR = 'test/articles';

export interface ArticleScore {
  name: string;
  chars: number;
  tallies: Record<Category, Tally>;
  /** The second annotator's claims (claims.second.json) scored against expected.json's, where there is one. */
  claimAgreement: Tally | null;
  /** The claims the page shows by default (confidence at or above CONFIDENT_CLAIM) scored alone. */
  shownClaims: Tally;
  /** Matched figures whose metric agrees with the annotator's. */
  metrics: ReturnType<typeof metricAgreement>;
}

export interface CorpusScore {
  articles: ArticleScore[];
  totals: Record<Category, Tally>;
}

/** The claims of an independent second annotation of one article. */
export const SECOND_CLAIMS = 'claims.second.json';

export function corpusFolders(dir = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'source.html')) && existsSync(join(dir, name, 'expected.json')))
    .sort();
}

/** Runs the engine over every corpus article and scores it. */
export function evaluateCorpus(dir = CORPUS_DIR, engine: Analyzer = defaultAnalyzer()): CorpusScore {
  const totals = Object.fromEntries(CATEGORIES.map((c) => [c, emptyTally()])) as Record<Category, Tally>;
  const articles = corpusFolders(dir).map((name) => {
    const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as Expected;
    const html = readFileSync(join(dir, name, 'source.html'), 'utf8');
    const analysis = engine.analyze(readArticle(html, { format: 'html', url: expected.url }));
    const tallies = scoreArticle(expected, analysis);
    for (const c of CATEGORIES) addTallies(totals[c], { ...tallies[c], misses: tallies[c].misses.map((m) => `${name}: ${m}`), falseHits: tallies[c].falseHits.map((m) => `${name}: ${m}`) });
    const secondFile = join(dir, name, SECOND_CLAIMS);
    const second = existsSync(secondFile) ? (JSON.parse(readFileSync(secondFile, 'utf8')) as { claims: Expected['claims'] }).claims : null;
    const agreement = second ? claimAgreement(analysis.article.text, expected.claims, second) : null;
    const shownClaims = matchClaims(analysis.article.text, expected.claims, analysis.claims.filter((c) => c.confidence >= CONFIDENT_CLAIM));
    return { name, chars: analysis.article.text.length, tallies, claimAgreement: agreement, shownClaims, metrics: metricAgreement(expected, analysis) };
  });
  return { articles, totals };
}
