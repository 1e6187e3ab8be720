import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { referenceTextMap, type ReferenceTextMap } from '../../test/support/text-map-reference';
import { buildTextMap, piecesOf, type TextPiece } from './text-map';

const PIECES = ['腾讯', '控股', 'AI', ' ', '  ', '\n', '\u3000', '\u3000\u3000', '\t', 'a', '1', '，', '。', '“', '😀', '&nbsp;'];
const INLINE = ['strong', 'em', 'span', 'a'];

/** Random paragraphs of text, white space and inline elements. */
const paragraph = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.tuple(fc.constantFrom(...INLINE), fc.array(fc.constantFrom(...PIECES), { maxLength: 4 })).map(([tag, inner]) => `<${tag}>${inner.join('')}</${tag}>`)), { maxLength: 12 }).map((parts) => `<p>${parts.join('')}</p>`);

function paragraphsOf(html: string): Element[] {
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div>${html}</div></body></html>`);
  return [...document.querySelectorAll('p')] as unknown as Element[];
}

/** Pieces read off the model's per-character node and offset. */
function modelPieces(model: ReferenceTextMap, start: number, end: number): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (let i = start; i < end; i++) {
    const n = model.nodeOf[i];
    if (n < 0) continue;
    const last = pieces[pieces.length - 1];
    if (last && last.node === model.nodes[n] && last.end === model.offsetOf[i]) last.end++;
    else pieces.push({ node: model.nodes[n], start: model.offsetOf[i], end: model.offsetOf[i] + 1 });
  }
  return pieces;
}

describe('text map', () => {
  it('agrees with the character-at-a-time model on any paragraphs: the same text, and every span in the same pieces', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 5 }), fc.nat(), fc.nat(), (ps, a, b) => {
        const html = ps.join('');
        const fast = buildTextMap(paragraphsOf(html));
        const model = referenceTextMap(paragraphsOf(html));
        expect(fast.text).toBe(model.text);
        const length = model.text.length + 1;
        const [start, end] = [a % length, b % length].sort((x, y) => x - y);
        expect(piecesOf(fast, 0, model.text.length)).toEqual(modelPieces(model, 0, model.text.length));
        expect(piecesOf(fast, start, end)).toEqual(modelPieces(model, start, end));
      }),
      { numRuns: 500 },
    );
  });

  it('maps spans back to text-node pieces across elements', () => {
    const map = buildTextMap(paragraphsOf('<p>　　工业<strong>富联</strong>一季度\n营收增长</p><p> 第二段 </p>'));
    expect(map.text).toBe('工业富联一季度营收增长\n第二段');
    const pieces = piecesOf(map, 0, 4);
    expect(pieces.map((p) => p.node.data.slice(p.start, p.end))).toEqual(['工业', '富联']);
  });
});
