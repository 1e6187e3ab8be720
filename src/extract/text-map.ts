/**
 * Builds article text from DOM paragraphs with a map from every text offset back to the
 * DOM text node and offset it came from. The CLI's extraction and the content script both
 * use it, so offsets the engine returns land on the same characters in the page.
 *
 * Whitespace rules (what a reader sees): a run of white space becomes one space, or nothing
 * where it holds an ideographic space (paragraph indentation) or sits between two wide
 * (CJK) characters; paragraph ends are trimmed; paragraphs are joined with "\n".
 */
export interface TextMap {
  text: string;
  nodes: Text[];
  /**
   * The text as runs copied whole from one node, four numbers each: start in `text`, index into
   * `nodes` (-1 for a separator), offset in that node's data, length. In text order.
   */
  runs: Int32Array;
}

export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/**
 * Elements whose text is not the article's running text: code, inert markup, form controls (their text is their
 * value; an element inside one would change it) and foreign content (an HTML element inside <svg> or <math> is not
 * rendered).
 */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'DATALIST', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO']);
const IDEOGRAPHIC_SPACE = '\u3000';
const NO_CHAR = -1;
/** A run of white space: what JavaScript's \s matches, the ideographic space included. */
const SPACE_RUN = /\s+/g;

const isWide = (c: number) => c > 0x2e7f;

/** The text nodes under `root` in document order, walked without recursion (a page may nest thousands deep). */
function collectTextNodes(root: Node, out: Text[]): void {
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE) out.push(node as Text);
    else if (node.nodeType === ELEMENT_NODE && node.firstChild && !SKIPPED_ELEMENTS.has((node as Element).tagName.toUpperCase())) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
}

/**
 * One pass over the characters of each text node; runs of text are copied whole, never a
 * character at a time.
 */
export function buildTextMap(paragraphs: readonly Element[]): TextMap {
  const nodesByParagraph = paragraphs.map((p) => {
    const list: Text[] = [];
    collectTextNodes(p, list);
    return list;
  });
  const nodes: Text[] = [];
  const chunks: string[] = [];
  /** Per run: start in the text, node index (-1: separator), offset in the node, length. */
  const runs: number[] = [];
  let length = 0;

  const emit = (text: string, node: number, offset: number) => {
    chunks.push(text);
    runs.push(length, node, offset, text.length);
    length += text.length;
  };

  for (const list of nodesByParagraph) {
    let last = NO_CHAR;
    let pending: { node: number; offset: number; ideographic: boolean } | null = null;
    for (const node of list) {
      const index = nodes.push(node) - 1;
      const data = node.data;
      // White space found by the regex engine, the text between copied whole.
      let k = 0;
      while (k < data.length) {
        SPACE_RUN.lastIndex = k;
        const space = SPACE_RUN.exec(data);
        const runEnd = space ? space.index : data.length;
        if (runEnd > k) {
          const c = data.charCodeAt(k);
          if (last === NO_CHAR && length > 0) emit('\n', -1, 0);
          if (pending && !pending.ideographic && !(isWide(last) && isWide(c))) emit(' ', pending.node, pending.offset);
          pending = null;
          emit(data.slice(k, runEnd), index, k);
          last = data.charCodeAt(runEnd - 1);
        }
        if (!space) break;
        if (last !== NO_CHAR) {
          const ideographic = space[0].includes(IDEOGRAPHIC_SPACE);
          if (!pending) pending = { node: index, offset: space.index, ideographic };
          else if (ideographic) pending.ideographic = true;
        }
        k = space.index + space[0].length;
      }
    }
  }

  return { text: chunks.join(''), nodes, runs: Int32Array.from(runs) };
}

/** The DOM pieces (one per text node) that hold text[start, end), found from the runs. */
export function piecesOf(map: TextMap, start: number, end: number): TextPiece[] {
  const { runs, nodes } = map;
  const runCount = runs.length / 4;
  start = Math.max(0, start);
  end = Math.min(end, map.text.length);
  // The last run starting at or before `start`.
  let lo = 0;
  let hi = runCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[mid * 4] <= start) lo = mid;
    else hi = mid - 1;
  }
  const pieces: TextPiece[] = [];
  for (let r = lo; r < runCount && runs[r * 4] < end; r++) {
    const runStart = runs[r * 4];
    const node = runs[r * 4 + 1];
    const size = runs[r * 4 + 3];
    const from = Math.max(start, runStart);
    const to = Math.min(end, runStart + size);
    if (node < 0 || to <= from) continue;
    const pieceStart = runs[r * 4 + 2] + (from - runStart);
    const pieceEnd = pieceStart + (to - from);
    const last = pieces[pieces.length - 1];
    if (last && last.node === nodes[node] && last.end === pieceStart) last.end = pieceEnd;
    else pieces.push({ node: nodes[node], start: pieceStart, end: pieceEnd });
  }
  return pieces;
}
