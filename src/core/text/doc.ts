import type { Span } from '../types';
import { foldWidth, lowerAscii } from './normalize';
import { foldTraditional } from './traditional';
import { type Segmenter, WordBoundaries } from './segmenter';
import { splitClauses, splitSentences, spanIndexAt } from './sentences';

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

  /** Segments at once the text around all these offsets, before they are asked about one by one. */
  prefetchBoundaries(offsets: Iterable<number>): void {
    this.boundaries().prefetch(offsets);
  }

  private boundaries(): WordBoundaries {
    return (this.boundaryCache ??= new WordBoundaries(this.norm, this.segmenter));
  }

  sentenceAt(offset: number): Span | null {
    const i = spanIndexAt(this.sentences, offset);
    return i < 0 ? null : this.sentences[i];
  }

  clauseAt(offset: number): Span | null {
    const sentence = this.sentenceAt(offset);
    if (!sentence) return null;
    const clauses = splitClauses(this.text, sentence);
    const i = spanIndexAt(clauses, offset);
    return i < 0 ? sentence : clauses[i];
  }

  slice(start: number, end: number): Span {
    return { start, end, text: this.text.slice(start, end) };
  }
}
