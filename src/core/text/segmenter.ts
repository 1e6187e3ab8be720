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
    cut: (text) => jieba.cut(text, true),
    addWord: (word, freq) => void jieba.add_word(word, freq ?? null, null),
  };
}

/**
 * Marks which offsets of `text` are word boundaries. Segmenting line by line keeps the
 * WASM calls small; a segmenter whose words do not add back up to the input is ignored
 * for that line (every offset counts as a boundary), so a segmenter fault never drops text.
 */
export function wordBoundaries(text: string, segmenter: Segmenter | null): Uint8Array {
  const boundary = new Uint8Array(text.length + 1);
  if (!segmenter) return boundary.fill(1);
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    markLine(text, lineStart, lineEnd, segmenter, boundary);
    lineStart = lineEnd + 1;
  }
  return boundary;
}

function markLine(text: string, from: number, to: number, segmenter: Segmenter, boundary: Uint8Array): void {
  boundary[from] = 1;
  boundary[to] = 1;
  if (to <= from) return;
  const line = text.slice(from, to);
  const words = segmenter.cut(line);
  let offset = from;
  for (const w of words) {
    offset += w.length;
    boundary[offset] = 1;
  }
  if (offset !== to || words.join('') !== line) boundary.fill(1, from, to + 1);
}
