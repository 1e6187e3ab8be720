import type { Span } from '../types';
import { foldWidth, lowerAscii } from './normalize';
import { foldTraditional } from './traditional';
import { type Segmenter, WordBoundaries } from './segmenter';
import { firstEndingAfter, splitClauses, splitSentences, spanIndexAt } from './sentences';

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

  /** Segments at once the text around all these offsets, before they are asked about one by one. */
  prefetchBoundaries(offsets: Iterable<number>): void {
    this.boundaries().prefetch(offsets);
  }

  private boundaries(): WordBoundaries {
    return (this.boundaryCache ??= new WordBoundaries(this.norm, this.segmenter));
  }

  /** The words of [start, end) as the segmenter cuts them (of the folded text), punctuation and space left out. */
  wordsIn(start: number, end: number): string[] {
    const out: string[] = [];
    let from = start;
    for (let i = start + 1; i <= end; i++) {
      if (i < end && !this.isBoundary(i)) continue;
      const word = this.norm.slice(from, i);
      if (/[\p{L}\p{N}]/u.test(word)) out.push(word);
      from = i;
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
