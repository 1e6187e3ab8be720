/**
 * The first, character-at-a-time implementation of buildTextMap, kept as the model the
 * optimised one is checked against (src/extract/text-map.test.ts).
 */
/** The text and, per character, the node (-1 for a paragraph separator) and offset it came from. */
export interface ReferenceTextMap {
  text: string;
  nodes: Text[];
  nodeOf: Int32Array;
  offsetOf: Int32Array;
}

import { SKIPPED_ELEMENTS } from '../../src/extract/text-map';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const WHITESPACE = /\s/;
const isWide = (ch: string | undefined) => ch !== undefined && ch.charCodeAt(0) > 0x2e7f;

function collectTextNodes(root: Node, out: Text[]): void {
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) out.push(child as Text);
    else if (child.nodeType === ELEMENT_NODE && !SKIPPED_ELEMENTS.has((child as Element).tagName.toUpperCase())) collectTextNodes(child, out);
  }
}

export function referenceTextMap(paragraphs: readonly Element[]): ReferenceTextMap {
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

