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

  private segmentBlock(offset: number): void {
    let from = offset - 1;
    while (from > 0 && isBlockChar(this.text, from - 1)) from--;
    let to = offset + 1;
    while (to < this.text.length && isBlockChar(this.text, to)) to++;
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
