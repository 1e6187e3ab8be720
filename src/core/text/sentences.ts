import type { Span } from '../types';

const SENTENCE_END = /[。！？!?；;\n]/;
const CLOSERS = /[”’」』）)"'】]/;
const CLAUSE_END = /[，,：:]/;
const DIGIT = /[0-9０-９]/;

function spans(text: string, from: number, to: number, isEnd: (text: string, i: number) => boolean): Span[] {
  const out: Span[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (!isEnd(text, i)) continue;
    let end = i + 1;
    while (end < to && CLOSERS.test(text[end])) end++;
    push(text, out, start, end);
    start = end;
    i = end - 1;
  }
  push(text, out, start, to);
  return out;
}

function push(text: string, out: Span[], start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/** Sentences: split at 。！？； and line breaks, keeping a closing quote with its sentence. */
export function splitSentences(text: string): Span[] {
  return spans(text, 0, text.length, (t, i) => SENTENCE_END.test(t[i]));
}

/**
 * Clauses of one sentence: split further at commas and colons — the one clause model every stage
 * reads (Doc.clauseAt, Doc.clausesIn). An enumeration with 、 stays one clause, and a comma between
 * digits (1,234.5亿元) is part of a number.
 */
export function splitClauses(text: string, sentence: Span): Span[] {
  return spans(text, sentence.start, sentence.end, (t, i) => SENTENCE_END.test(t[i]) || (CLAUSE_END.test(t[i]) && !(t[i] === ',' && DIGIT.test(t[i - 1] ?? '') && DIGIT.test(t[i + 1] ?? ''))));
}

/** Index of the span containing `offset` in a sorted, non-overlapping list, or -1. */
export function spanIndexAt(list: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < list[mid].start) hi = mid - 1;
    else if (offset >= list[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first span of a sorted, non-overlapping list that ends after `offset` (the list's length if none). */
export function firstEndingAfter(list: readonly Pick<Span, 'end'>[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
