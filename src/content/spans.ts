import { CONFIDENT_CLAIM } from '../core/claims/confident';
import type { Analysis } from '../core/types';
import type { Category } from '../shared/settings';

/** The kinds of highlight are the categories the reader turns on and off. */
export type HighlightKind = Category;

export interface HighlightSpan {
  start: number;
  end: number;
  kind: HighlightKind;
  /** Index of the item in its analysis list (companies: the company; its mentions share it). */
  index: number;
}

/** Outer kinds first, so shorter highlights nest inside longer ones. */
const NESTING_ORDER: Record<HighlightKind, number> = { quote: 0, claim: 1, company: 2, code: 3, figure: 4 };

/** Every highlight the analysis asks for, longest first, outer kinds before inner ones; claims the model is unsure of only with `allClaims`. */
export function highlightSpans(analysis: Analysis, { allClaims = false }: { allClaims?: boolean } = {}): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  analysis.companies.forEach((c, index) => c.mentions.forEach((m) => spans.push({ start: m.start, end: m.end, kind: 'company', index })));
  analysis.codes.forEach((c, index) => spans.push({ start: c.start, end: c.end, kind: 'code', index }));
  analysis.figures.forEach((f, index) => spans.push({ start: f.start, end: f.end, kind: 'figure', index }));
  analysis.quotes.forEach((q, index) => spans.push({ start: q.start, end: q.end, kind: 'quote', index }));
  analysis.claims.forEach((c, index) => {
    if (allClaims || c.confidence >= CONFIDENT_CLAIM) spans.push({ start: c.start, end: c.end, kind: 'claim', index });
  });
  return spans
    .filter((s) => s.end > s.start)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || NESTING_ORDER[a.kind] - NESTING_ORDER[b.kind] || a.start - b.start);
}
