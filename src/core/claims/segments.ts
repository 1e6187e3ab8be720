import type { Quote, Span } from '../types';

/**
 * A sentence cut where quotations begin and end: words inside a quote are its speaker's,
 * words outside are the article's own. A reported quote introduced by 预计/预期 stays
 * joined to its subject (青云科技预计2024年…): the verb is part of the claim.
 */

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
  let j = qi;
  for (; j < quotes.length && quotes[j].start < sentence.end; j++) {
    const q = quotes[j];
    const start = Math.max(q.start, sentence.start);
    const end = Math.min(q.end, sentence.end);
    if (start > cursor) {
      if (!q.direct && FORECAST_VERB_BEFORE.test(norm.slice(cursor, start))) {
        segments.push({ start: cursor, end, quote: q });
        cursor = end;
        continue;
      }
      segments.push({ start: cursor, end: start, quote: null });
    }
    segments.push({ start, end, quote: q });
    cursor = end;
  }
  if (cursor < sentence.end) segments.push({ start: cursor, end: sentence.end, quote: null });
  return { segments, next: qi };
}
