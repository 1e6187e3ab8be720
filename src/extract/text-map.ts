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
  /** Per character of `text`: index into `nodes`, or -1 for a paragraph separator. */
  nodeOf: Int32Array;
  /** Per character of `text`: offset in that node's data. */
  offsetOf: Int32Array;
}

export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const WHITESPACE = /\s/;
const isWide = (ch: string | undefined) => ch !== undefined && ch.charCodeAt(0) > 0x2e7f;

function collectTextNodes(root: Node, out: Text[]): void {
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) out.push(child as Text);
    else if (child.nodeType === ELEMENT_NODE && !SKIPPED_ELEMENTS.has((child as Element).tagName.toUpperCase())) collectTextNodes(child, out);
  }
}

export function buildTextMap(paragraphs: readonly Element[]): TextMap {
  const nodes: Text[] = [];
  let text = '';
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];

  for (const paragraph of paragraphs) {
    const paragraphNodes: Text[] = [];
    collectTextNodes(paragraph, paragraphNodes);
    let raw = '';
    const rawNode: number[] = [];
    const rawOffset: number[] = [];
    for (const node of paragraphNodes) {
      const index = nodes.push(node) - 1;
      const data = node.data;
      raw += data;
      for (let k = 0; k < data.length; k++) {
        rawNode.push(index);
        rawOffset.push(k);
      }
    }
    let out = '';
    const outNode: number[] = [];
    const outOffset: number[] = [];
    let i = 0;
    while (i < raw.length && WHITESPACE.test(raw[i])) i++;
    while (i < raw.length) {
      if (!WHITESPACE.test(raw[i])) {
        out += raw[i];
        outNode.push(rawNode[i]);
        outOffset.push(rawOffset[i]);
        i++;
        continue;
      }
      let j = i;
      while (j < raw.length && WHITESPACE.test(raw[j])) j++;
      if (j === raw.length) break;
      const run = raw.slice(i, j);
      if (!run.includes('\u3000') && !(isWide(out[out.length - 1]) && isWide(raw[j]))) {
        out += ' ';
        outNode.push(rawNode[i]);
        outOffset.push(rawOffset[i]);
      }
      i = j;
    }
    if (!out) continue;
    if (text) {
      text += '\n';
      nodeOf.push(-1);
      offsetOf.push(0);
    }
    text += out;
    // A loop, not push(...): spreading a huge paragraph would overflow the call stack.
    for (let k = 0; k < outNode.length; k++) {
      nodeOf.push(outNode[k]);
      offsetOf.push(outOffset[k]);
    }
  }
  return { text, nodes, nodeOf: Int32Array.from(nodeOf), offsetOf: Int32Array.from(offsetOf) };
}

/** The DOM pieces (one per text node) that hold text[start, end). */
export function piecesOf(map: TextMap, start: number, end: number): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (let i = Math.max(0, start); i < Math.min(end, map.text.length); i++) {
    const n = map.nodeOf[i];
    if (n < 0) continue;
    const last = pieces[pieces.length - 1];
    const offset = map.offsetOf[i];
    if (last && last.node === map.nodes[n]) last.end = offset + 1;
    else pieces.push({ node: map.nodes[n], start: offset, end: offset + 1 });
  }
  return pieces;
}

/** Paragraph text as the map builds it, for extraction that needs no map. */
export function paragraphsText(paragraphs: readonly Element[]): string {
  return buildTextMap(paragraphs).text;
}
