/** A word segmenter (jieba-wasm in practice) as the engine needs it. */
export interface Segmenter {
  cut(text: string): string[];
  addWord(word: string, freq?: number): void;
}

/** The subset of the jieba-wasm module (Node or web build) that the engine calls. */
export interface JiebaModule {
  cut(text: string, hmm?: boolean | null): string[];
  add_word(word: string, freq?: number | null, tag?: string | null): number;
}

export function jiebaSegmenter(jieba: JiebaModule): Segmenter {
  return {
    // Without HMM new-word discovery: names come from the dictionary, and it halves the time.
    cut: (text) => jieba.cut(text, false),
    addWord: (word, freq) => void jieba.add_word(word, freq ?? null, null),
  };
}

/** What jieba segments as one block: it splits the text at anything else first. */
const BLOCK_CHAR = /[\p{Script=Han}A-Za-z0-9+#&._%\-]/u;
/** BLOCK_CHAR's answer per UTF-16 code unit, filled on first sight (0 = not yet asked): boundaries are asked often. */
const BLOCK_CODE = new Uint8Array(0x10000);

function isBlockChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdfff) {
    // Either half of a pair stands for its whole character (𠀀 is Han); a lone half is nothing.
    const point = text.codePointAt(code <= 0xdbff ? i : i - 1) ?? 0;
    return point > 0xffff && BLOCK_CHAR.test(String.fromCodePoint(point));
  }
  let answer = BLOCK_CODE[code];
  if (answer === 0) BLOCK_CODE[code] = answer = BLOCK_CHAR.test(text[i]) ? 1 : 2;
  return answer === 1;
}

/**
 * Word boundaries of a text, segmented in one call to the segmenter the first time any is
 * asked for (after the names found in the text have been taught to it): every stage asks
 * about most of the text, and each call across into WebAssembly has a cost of its own, so
 * one cut of the whole text is the cheapest (jieba splits the text at anything but a run of
 * Han, Latin and digits itself, so cutting the whole text gives each run's words exactly as
 * cutting the runs one by one would). A segmenter whose words do not add back up to its
 * input is ignored (every offset counts as a boundary), so a fault never drops text.
 */
export class WordBoundaries {
  private marks: Uint8Array | null = null;

  constructor(
    private readonly text: string,
    private readonly segmenter: Segmenter | null,
  ) {}

  isBoundary(offset: number): boolean {
    if (offset <= 0 || offset >= this.text.length) return true;
    if (!isBlockChar(this.text, offset - 1) || !isBlockChar(this.text, offset)) return true;
    return (this.marks ?? this.cut())[offset] === 1;
  }

  /** The first boundary after `offset` (at most the text's length). */
  nextBoundary(offset: number): number {
    const marks = this.marks ?? this.cut();
    const n = this.text.length;
    let i = offset + 1;
    while (i < n && marks[i] !== 1 && isBlockChar(this.text, i - 1) && isBlockChar(this.text, i)) i++;
    return Math.min(i, n);
  }

  /** Segments the text now, before its boundaries are asked about one by one. */
  prefetch(): void {
    this.marks ??= this.cut();
  }

  private cut(): Uint8Array {
    const n = this.text.length;
    const marks = new Uint8Array(n + 1);
    this.marks = marks;
    marks[0] = marks[n] = 1;
    if (!this.segmenter || n === 0) return marks.fill(1);
    const words = this.segmenter.cut(this.text);
    let at = 0;
    for (const w of words) {
      if (this.text.startsWith(w, at) === false) return marks.fill(1);
      at += w.length;
      marks[at] = 1;
    }
    return at === n ? marks : marks.fill(1);
  }
}
