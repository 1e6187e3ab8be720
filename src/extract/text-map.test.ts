import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { referenceTextMap } from '../../test/support/text-map-reference';
import { buildTextMap, piecesOf } from './text-map';

const PIECES = ['腾讯', '控股', 'AI', ' ', '  ', '\n', '\u3000', '\u3000\u3000', '\t', 'a', '1', '，', '。', '“', '😀', '&nbsp;'];
const INLINE = ['strong', 'em', 'span', 'a'];

/** Random paragraphs of text, white space and inline elements. */
const paragraph = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.tuple(fc.constantFrom(...INLINE), fc.array(fc.constantFrom(...PIECES), { maxLength: 4 })).map(([tag, inner]) => `<${tag}>${inner.join('')}</${tag}>`)), { maxLength: 12 }).map((parts) => `<p>${parts.join('')}</p>`);

function paragraphsOf(html: string): Element[] {
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div>${html}</div></body></html>`);
  return [...document.querySelectorAll('p')] as unknown as Element[];
}

describe('text map', () => {
  it('agrees with the character-at-a-time model on any paragraphs', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 5 }), (ps) => {
        const html = ps.join('');
        const fast = buildTextMap(paragraphsOf(html));
        const model = referenceTextMap(paragraphsOf(html));
        expect(fast.text).toBe(model.text);
        expect([...fast.nodeOf]).toEqual([...model.nodeOf]);
        expect([...fast.offsetOf].filter((_, i) => fast.nodeOf[i] >= 0)).toEqual([...model.offsetOf].filter((_, i) => model.nodeOf[i] >= 0));
      }),
      { numRuns: 300 },
    );
  });

  it('maps spans back to text-node pieces across elements', () => {
    const map = buildTextMap(paragraphsOf('<p>　　工业<strong>富联</strong>一季度\n营收增长</p><p> 第二段 </p>'));
    expect(map.text).toBe('工业富联一季度营收增长\n第二段');
    const pieces = piecesOf(map, 0, 4);
    expect(pieces.map((p) => p.node.data.slice(p.start, p.end))).toEqual(['工业', '富联']);
  });

  it('finds the same pieces from its runs as character by character', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(), (ps, a, b) => {
        const map = buildTextMap(paragraphsOf(ps.join('')));
        const length = map.text.length + 1;
        const [start, end] = [a % length, b % length].sort((x, y) => x - y);
        const expected: Array<{ node: Text; start: number; end: number }> = [];
        for (let i = start; i < end; i++) {
          const n = map.nodeOf[i];
          if (n < 0) continue;
          const last = expected[expected.length - 1];
          if (last && last.node === map.nodes[n] && last.end === map.offsetOf[i]) last.end++;
          else expected.push({ node: map.nodes[n], start: map.offsetOf[i], end: map.offsetOf[i] + 1 });
        }
        expect(piecesOf(map, start, end)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
