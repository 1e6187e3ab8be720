import type { Quote, Span } from '../types';

/**
 * A sentence cut where quotations begin and end: words inside a quote are its speaker's,
 * words outside are the article's own. An organisation's reported words introduced by
 * 预计/预期 stay joined to their subject (青云科技预计2024年…): the verb is part of the claim.
 */

/** The clause before a quote that attributes it (2月8日，王超表示：) is not the article's claim. */
const CLAUSE_BREAK = /[，,。！？!?；;：:]/;
const ATTRIBUTION_TAIL = /[\s：:，,]/;
/** Reported words after these verbs keep their subject: the verb itself is the forecast. */
const FORECAST_VERB_BEFORE = /(?:预计|预期|预测)[，,：:]?$/;

export interface Segment {
  start: number;
  end: number;
  /** The quote the words belong to, or null for the article's own words. */
  quote: Quote | null;
}

/**
 * Segments of `sentence`; `quotes` sorted by start, `from` the index of the first quote that
 * may overlap it. Returns the segments and the index to resume from for the next sentence.
 */
export function segmentSentence(norm: string, sentence: Span, quotes: readonly Quote[], from: number): { segments: Segment[]; next: number } {
  let qi = from;
  while (qi < quotes.length && quotes[qi].end <= sentence.start) qi++;
  const segments: Segment[] = [];
  let cursor = sentence.start;
  for (let j = qi; j < quotes.length && quotes[j].start < sentence.end; j++) {
    const q = quotes[j];
    const start = Math.max(q.start, sentence.start);
    const end = Math.min(q.end, sentence.end);
    if (start > cursor) {
      if (!q.direct && q.speaker.isOrg && FORECAST_VERB_BEFORE.test(norm.slice(cursor, start))) {
        segments.push({ start: cursor, end, quote: q });
        cursor = end;
        continue;
      }
      const before = withoutAttribution(norm, cursor, start);
      if (before > cursor) segments.push({ start: cursor, end: before, quote: null });
    }
    segments.push({ start, end, quote: q });
    cursor = end;
  }
  if (cursor < sentence.end) segments.push({ start: cursor, end: sentence.end, quote: null });
  return { segments, next: qi };
}

/** End of the words before a quote once its attribution clause (the last clause) is cut off. */
function withoutAttribution(norm: string, start: number, end: number): number {
  let e = end;
  while (e > start && ATTRIBUTION_TAIL.test(norm[e - 1])) e--;
  while (e > start && !CLAUSE_BREAK.test(norm[e - 1])) e--;
  return e;
}
