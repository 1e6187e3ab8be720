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
  let answer = BLOCK_CODE[code];
  if (answer === 0) BLOCK_CODE[code] = answer = BLOCK_CHAR.test(text[i]) ? 1 : 2;
  return answer === 1;
}

/**
 * Word boundaries of a text, segmented on first use one block at a time (a run of Han,
 * Latin and digits between punctuation, as jieba itself splits the text first): only the
 * blocks that a stage asks about are ever cut. A segmenter whose words do not add back up
 * to its input is ignored for that block (every offset counts as a boundary), so a fault
 * never drops text.
 */
export class WordBoundaries {
  private readonly marks: Uint8Array;
  private readonly done: Uint8Array;

  constructor(
    private readonly text: string,
    private readonly segmenter: Segmenter | null,
  ) {
    this.marks = new Uint8Array(text.length + 1);
    this.done = new Uint8Array(text.length + 1);
  }

  isBoundary(offset: number): boolean {
    if (offset <= 0 || offset >= this.text.length) return true;
    if (!isBlockChar(this.text, offset - 1) || !isBlockChar(this.text, offset)) return true;
    if (!this.done[offset]) this.segmentBlock(offset);
    return this.marks[offset] === 1;
  }

  /**
   * Cuts every block holding one of `offsets` that is not cut yet, in one call to the segmenter:
   * each call has a fixed cost (the text crosses into WebAssembly and the words come back),
   * which hundreds of short blocks would pay hundreds of times.
   */
  prefetch(offsets: Iterable<number>): void {
    if (!this.segmenter) return;
    const blocks: Array<[number, number]> = [];
    for (const offset of offsets) {
      if (offset <= 0 || offset >= this.text.length || this.done[offset]) continue;
      if (!isBlockChar(this.text, offset - 1) || !isBlockChar(this.text, offset)) continue;
      const block = this.blockAround(offset);
      this.done.fill(1, block[0], block[1] + 1);
      blocks.push(block);
    }
    if (blocks.length === 0) return;
    // Blocks joined by a line break, which jieba never joins to a word: their words come back in order.
    const joined = blocks.map(([from, to]) => this.text.slice(from, to)).join('\n');
    const words = this.segmenter.cut(joined);
    const ends = new Uint8Array(joined.length + 1);
    let at = 0;
    for (const w of words) ends[(at += w.length)] = 1;
    const faithful = at === joined.length && words.join('') === joined;
    let base = 0;
    for (const [from, to] of blocks) {
      this.marks[from] = 1;
      this.marks[to] = 1;
      for (let i = 1; i < to - from; i++) if (!faithful || ends[base + i]) this.marks[from + i] = 1;
      base += to - from + 1;
    }
  }

  private blockAround(offset: number): [number, number] {
    let from = offset - 1;
    while (from > 0 && isBlockChar(this.text, from - 1)) from--;
    let to = offset + 1;
    while (to < this.text.length && isBlockChar(this.text, to)) to++;
    return [from, to];
  }

  private segmentBlock(offset: number): void {
    const [from, to] = this.blockAround(offset);
    this.done.fill(1, from, to + 1);
    this.marks[from] = 1;
    this.marks[to] = 1;
    if (!this.segmenter) {
      this.marks.fill(1, from, to + 1);
      return;
    }
    const block = this.text.slice(from, to);
    const words = this.segmenter.cut(block);
    let at = from;
    for (const w of words) {
      at += w.length;
      this.marks[at] = 1;
    }
    if (at !== to || words.join('') !== block) this.marks.fill(1, from, to + 1);
  }
}
