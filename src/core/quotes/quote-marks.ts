/**
 * Quotation marks: finds the top-level quoted spans of a text in one pass. Chinese news
 * writes “…” (nested ‘…’) or 「…」 (nested 『…』); a quotation that runs over several
 * paragraphs opens each paragraph with the opening mark and closes only at the end.
 */

/** Opening mark → closing mark, for the marks that open a top-level quotation. */
const PAIRS: Record<string, string> = { '“': '”', '「': '」' };
const LEFT_DOUBLE = '“'.charCodeAt(0);
const LEFT_CORNER = '「'.charCodeAt(0);
/** Shorter quoted words are terms or names (“一体两翼”), not speech, unless punctuated. */
const MIN_SPEECH_LENGTH = 12;
const SPEECH_PUNCTUATION = /[，。！？；,!?;…]/;

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the final closing mark. */
  close: number;
  /** The words inside the marks: [open + 1, close). */
  start: number;
  end: number;
}

export function findQuotedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // Most characters open nothing: compare codes before looking anything up.
    const closer = code === LEFT_DOUBLE || code === LEFT_CORNER ? PAIRS[text[i]] : undefined;
    if (!closer) {
      i++;
      continue;
    }
    const opener = text[i];
    const found = scanToClose(text, i, opener, closer);
    if (found < 0) {
      // Unclosed within its paragraph: not a quotation; resume after the mark.
      i++;
      continue;
    }
    out.push({ open: i, close: found, start: i + 1, end: found });
    i = found + 1;
  }
  return out;
}

/** Offset of the mark closing the quotation opened at `open`, or -1 when it never closes. */
function scanToClose(text: string, open: number, opener: string, closer: string): number {
  let depth = 1;
  for (let j = open + 1; j < text.length; j++) {
    const ch = text[j];
    if (ch === '\n') {
      // A paragraph break continues the quotation only when the next paragraph reopens it.
      let k = j + 1;
      while (k < text.length && (text[k] === ' ' || text[k] === '\u3000')) k++;
      if (text[k] !== opener) return -1;
      j = k;
      continue;
    }
    if (ch === opener) depth++;
    else if (ch === closer && --depth === 0) return j;
  }
  return -1;
}

/** Whether the quoted words read as speech rather than a quoted term or title. */
export function isSpeechLike(text: string, q: QuotedSpan): boolean {
  const inner = text.slice(q.start, q.end);
  return inner.length >= MIN_SPEECH_LENGTH || SPEECH_PUNCTUATION.test(inner);
}
