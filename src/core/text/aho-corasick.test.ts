import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick } from './aho-corasick';

function naive(patterns: string[], text: string) {
  const out: Array<{ pattern: number; start: number; end: number }> = [];
  patterns.forEach((p, pattern) => {
    if (!p) return;
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push({ pattern, start: i, end: i + p.length });
  });
  return out;
}
const key = (m: { pattern: number; start: number; end: number }) => `${m.pattern}@${m.start}-${m.end}`;

describe('AhoCorasick', () => {
  it('finds overlapping and nested patterns', () => {
    const ac = new AhoCorasick(['京东', '京东方', '北京', '东方']);
    const found = ac.findAll('北京东方京东方').map(key).sort();
    expect(found).toEqual(naive(['京东', '京东方', '北京', '东方'], '北京东方京东方').map(key).sort());
  });

  it('agrees with a naive search on any input', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 4, unit: fc.constantFrom('a', 'b', '中', '国', '😀') }), { maxLength: 6 }), fc.string({ maxLength: 40, unit: fc.constantFrom('a', 'b', '中', '国', '😀') }), (patterns, text) => {
        const ac = new AhoCorasick(patterns);
        expect(ac.findAll(text).map(key).sort()).toEqual(naive(patterns, text).map(key).sort());
      }),
    );
  });
});
