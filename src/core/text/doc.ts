import type { Span } from '../types';
import { foldWidth, lowerAscii } from './normalize';
import { foldTraditional } from './traditional';
import { type Segmenter, WordBoundaries } from './segmenter';
import { firstEndingAfter, splitClauses, splitSentences, spanIndexAt } from './sentences';

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
/** LETTER_OR_NUMBER's answer per UTF-16 code unit, filled on first sight (0 = not yet asked). */
const LETTER_OR_NUMBER_CODE = new Uint8Array(0x10000);

function hasLetterOrNumber(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
      if (LETTER_OR_NUMBER.test(text.slice(i, i + 2))) return true;
      i++;
      continue;
    }
    let answer = LETTER_OR_NUMBER_CODE[code];
    if (answer === 0) LETTER_OR_NUMBER_CODE[code] = answer = LETTER_OR_NUMBER.test(text[i]) ? 1 : 2;
    if (answer === 1) return true;
  }
  return false;
}

/** Words each segmenter has been taught (jieba's dictionary is global to its module: once is enough). */
const TAUGHT = new WeakMap<Segmenter, Set<string>>();

/**
 * One document as every stage sees it: the original text, its width-folded twin (same
 * length, so offsets agree), word boundaries and sentences, computed once on first use.
 */
export class Doc {
  readonly text: string;
  /** Full-width ASCII folded to half-width and traditional characters to simplified; same length as `text`. */
  readonly norm: string;
  /** `norm` with ASCII lower-cased; same length as `text`. */
  readonly lower: string;
  private readonly segmenter: Segmenter | null;
  private boundaryCache: WordBoundaries | null = null;
  private sentenceCache: Span[] | null = null;
  private readonly clauseCache = new Map<number, Span[]>();

  constructor(text: string, segmenter: Segmenter | null) {
    this.text = text;
    this.norm = foldTraditional(foldWidth(text));
    this.lower = lowerAscii(this.norm);
    this.segmenter = segmenter;
  }

  get sentences(): Span[] {
    return (this.sentenceCache ??= splitSentences(this.text));
  }

  /** True when a word starts or ends at `offset` (no word crosses it). */
  isBoundary(offset: number): boolean {
    return this.boundaries().isBoundary(offset);
  }

  /**
   * Teaches the segmenter words it must keep whole (dictionary names found in this text) before any of the
   * text is segmented: a name added only where it occurs segments the text exactly as if every name had
   * been added up front, without paying for thirty thousand of them at start.
   */
  teachWords(words: Iterable<string>, frequency: number): void {
    if (!this.segmenter) return;
    let taught = TAUGHT.get(this.segmenter);
    if (!taught) TAUGHT.set(this.segmenter, (taught = new Set()));
    for (const word of words) {
      if (taught.has(word)) continue;
      taught.add(word);
      this.segmenter.addWord(word, frequency);
    }
  }

  /** Segments the text now (once the names found in it have been taught), before boundaries are asked about. */
  segment(): void {
    this.boundaries().prefetch();
  }

  private boundaries(): WordBoundaries {
    return (this.boundaryCache ??= new WordBoundaries(this.norm, this.segmenter));
  }

  /** The words of [start, end) as the segmenter cuts them (of the folded text), punctuation and space left out. */
  wordsIn(start: number, end: number): string[] {
    const out: string[] = [];
    const boundaries = this.boundaries();
    for (let from = start; from < end; ) {
      const to = Math.min(boundaries.nextBoundary(from), end);
      if (hasLetterOrNumber(this.norm, from, to)) out.push(this.norm.slice(from, to));
      from = to;
    }
    return out;
  }

  sentenceAt(offset: number): Span | null {
    const i = spanIndexAt(this.sentences, offset);
    return i < 0 ? null : this.sentences[i];
  }

  /** The clause around `offset` (its closing mark included), or its sentence where it falls between clauses. */
  clauseAt(offset: number): Span | null {
    const sentence = this.sentenceAt(offset);
    if (!sentence) return null;
    const clauses = this.clausesOf(sentence);
    const i = spanIndexAt(clauses, offset);
    return i < 0 ? sentence : clauses[i];
  }

  /** The clauses of a sentence, split once: a long sentence is asked about at every name in it. */
  clausesOf(sentence: Span): Span[] {
    let clauses = this.clauseCache.get(sentence.start);
    if (!clauses) this.clauseCache.set(sentence.start, (clauses = splitClauses(this.text, sentence)));
    return clauses;
  }

  /** The clauses that overlap [start, end), cut to it, in order. */
  clausesIn(start: number, end: number): Span[] {
    const out: Span[] = [];
    const sentences = this.sentences;
    for (let i = firstEndingAfter(sentences, start); i < sentences.length && sentences[i].start < end; i++) {
      for (const c of this.clausesOf(sentences[i])) {
        const from = Math.max(c.start, start);
        const to = Math.min(c.end, end);
        if (to > from) out.push(this.slice(from, to));
      }
    }
    return out;
  }

  slice(start: number, end: number): Span {
    return { start, end, text: this.text.slice(start, end) };
  }
}
