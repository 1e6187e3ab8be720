import type { Analysis } from '../core/types';

/** The hand-made analysis of one corpus article (test/articles/<name>/expected.json). */
export interface Expected {
  url: string;
  article?: { title?: string; source?: string; publishedAt?: string };
  companies: Array<{ name: string; codes: string[] }>;
  figures: Array<{ text: string; kind: string; value: number; high?: number | null; unit: string; metric?: string | null; company?: string | null }>;
  quotes: Array<{ speaker: string; title?: string | null; org?: string | null; isOrg?: boolean; direct: boolean; text: string }>;
  claims: Array<{ text: string; type: string; by: string | null }>;
}

export const CATEGORIES = ['companies', 'codes', 'figures', 'quotes', 'claims'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
  falseHits: string[];
}

export const VALUE_TOLERANCE = 1e-6;

const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0, misses: [], falseHits: [] });

export function precision(t: Pick<Tally, 'tp' | 'fp'>): number {
  return t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
}
export function recall(t: Pick<Tally, 'tp' | 'fn'>): number {
  return t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
}
export function f1(t: Pick<Tally, 'tp' | 'fp' | 'fn'>): number {
  const p = precision(t);
  const r = recall(t);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** One-to-one matching: each expected item takes the first unused predicted item that `same` accepts. */
function matchLists<E, P>(expected: E[], predicted: P[], same: (e: E, p: P) => boolean, label: { e: (e: E) => string; p: (p: P) => string }, onMatch?: (e: E, p: P) => void): Tally {
  const tally = emptyTally();
  const used = new Set<number>();
  for (const e of expected) {
    const i = predicted.findIndex((p, k) => !used.has(k) && same(e, p));
    if (i >= 0) {
      used.add(i);
      tally.tp++;
      onMatch?.(e, predicted[i]);
    } else {
      tally.fn++;
      tally.misses.push(label.e(e));
    }
  }
  predicted.forEach((p, k) => {
    if (used.has(k)) return;
    tally.fp++;
    tally.falseHits.push(label.p(p));
  });
  return tally;
}

const sameValue = (a: number, b: number) => (a === b ? true : Math.abs(a - b) <= VALUE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)));
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Where each expected text stands in the article: the first occurrence not before the previous one of its list. */
export function locate<T extends { text: string }>(text: string, items: T[]): Array<T & { start: number; end: number }> {
  let from = 0;
  return items.map((item) => {
    let start = text.indexOf(item.text, from);
    if (start < 0) start = text.indexOf(item.text);
    if (start >= 0) from = start;
    return { ...item, start, end: start < 0 ? -1 : start + item.text.length };
  });
}

const sameFigure = (e: Expected['figures'][number], p: Analysis['figures'][number]) =>
  e.kind === p.kind && e.unit === p.unit && sameValue(e.value, p.value) && ((e.high ?? null) === null ? p.high === null : p.high !== null && sameValue(e.high!, p.high));

const FIGURE_LABEL = {
  e: (e: Expected['figures'][number]) => `${e.text} [${e.kind} ${e.value}${e.high != null ? '–' + e.high : ''} ${e.unit}]`,
  p: (p: Analysis['figures'][number]) => `${p.text} [${p.kind} ${p.value}${p.high !== null ? '–' + p.high : ''} ${p.unit}]`,
};

/** Folded for comparing metrics: no space, no 的. */
const metricForm = (m: string) => m.replace(/[\s的]/g, '');

/**
 * Of the figures matched as in `scoreArticle`, how many the engine gives the metric the annotator
 * wrote (the same phrase, or one holding the other: 营收 in 三季度营收), among those with a metric.
 */
export function metricAgreement(expected: Expected, analysis: Analysis): { agree: number; of: number; differ: string[] } {
  let agree = 0;
  let of = 0;
  const differ: string[] = [];
  matchLists(expected.figures, analysis.figures, sameFigure, FIGURE_LABEL, (e, p) => {
    if (!e.metric) return;
    of++;
    const want = metricForm(e.metric);
    const got = metricForm(p.metric ?? '');
    if (got && (want.includes(got) || got.includes(want))) agree++;
    else differ.push(`${e.text}: ${e.metric} ≠ ${p.metric ?? '∅'}`);
  });
  return { agree, of, differ };
}

/** Scores one analysis against its expectations, by the rules in test/articles/README.md. */
export function scoreArticle(expected: Expected, analysis: Analysis): Record<Category, Tally> {
  const found = analysis.companies.filter((c) => c.mentions.length > 0 || c.codes.length > 0);
  const companies = matchLists(
    expected.companies,
    found,
    // An unlisted one by its name, its English or legal name, or the name the article writes for it (an alias).
    (e, p) =>
      e.codes.some((c) => p.codes.includes(c)) ||
      (e.codes.length === 0 && (p.name === e.name || p.en === e.name || p.fullName === e.name || p.mentions.some((m) => m.text === e.name))) ||
      p.name === e.name,
    { e: (e) => `${e.name} ${e.codes.join(',')}`, p: (p) => `${p.name} ${p.codes.join(',')}` },
  );

  const expectedCodes = [...new Set(expected.companies.flatMap((c) => c.codes))];
  const predictedCodes = [...new Set(found.flatMap((c) => c.codes))];
  const codes = matchLists(expectedCodes, predictedCodes, (e, p) => e === p, { e: (e) => e, p: (p) => p });

  const figures = matchLists(expected.figures, analysis.figures, sameFigure, FIGURE_LABEL);

  const quotes = matchLists(
    locate(analysis.article.text, expected.quotes),
    analysis.quotes,
    (e, p) => p.speaker.name === e.speaker && overlaps(e, p),
    { e: (e) => `${e.speaker}: ${e.text.slice(0, 24)}`, p: (p) => `${p.speaker.name ?? '∅'}: ${p.text.slice(0, 24)}` },
  );

  const claims = matchClaims(analysis.article.text, expected.claims, analysis.claims);

  return { companies, codes, figures, quotes, claims };
}

type ClaimLabel = Expected['claims'][number];

/** Claims of `predicted` (spans in `text`) against `expected`, by overlapping span and same type. */
export function matchClaims(text: string, expected: ClaimLabel[], predicted: Array<{ start: number; end: number; type: string; text: string }>): Tally {
  return matchLists(
    locate(text, expected),
    predicted,
    (e, p) => e.type === p.type && overlaps(e, p),
    { e: (e) => `${e.type}: ${e.text.slice(0, 24)}`, p: (p) => `${p.type}: ${p.text.slice(0, 24)}` },
  );
}

/** One annotator's claims against another's, both located in `text`: their agreement by the eval's own matching. */
export function claimAgreement(text: string, first: ClaimLabel[], second: ClaimLabel[]): Tally {
  return matchClaims(text, first, locate(text, second));
}

export function addTallies(into: Tally, t: Tally): Tally {
  into.tp += t.tp;
  into.fp += t.fp;
  into.fn += t.fn;
  into.misses.push(...t.misses);
  into.falseHits.push(...t.falseHits);
  return into;
}

export { emptyTally };
