import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultAnalyzer } from '../src/node/engine';
import type { Analysis, Span } from '../src/core/types';

const engine = defaultAnalyzer();

/** Characters that matter to the engine: Han, digits (both widths), units, quotes, punctuation, surrogate pairs. */
const FRAGMENTS = ['腾讯控股', '小米', '美的', '青云科技', '（', '）', '688316', '.SH', '00700.HK', 'NVDA', '.US', '亿元', '万', '%', '％', '１２', '—', '-', '至', '约', '近', '“', '”', '「', '」', '表示', '称', '：', '，', '。', '\n', ' ', '　', '王超', '预计', '将', '由于', '元/股', '每股', '美元', '倍', '个百分点', '😀', 'a', 'Z', '$', '¥', '0', '9', '.', '分别', '、', '和'];
const text = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join('')),
);

function spans(a: Analysis): Span[] {
  return [...a.companies.flatMap((c) => c.mentions), ...a.codes, ...a.figures, ...a.quotes, ...a.claims];
}

describe('analyze on any input', () => {
  it('never throws, and every span lies inside the text with `text` equal to its slice', () => {
    fc.assert(
      fc.property(text, (input) => {
        const a = engine.analyze(input);
        for (const s of spans(a)) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(input.length);
          expect(s.start).toBeLessThan(s.end);
          expect(input.slice(s.start, s.end)).toBe(s.text);
        }
        for (const f of a.figures) expect(Number.isFinite(f.value)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('rejects what is not an article with a clear error', () => {
    expect(() => engine.analyze(null as never)).toThrow(/takes a string/);
    expect(() => engine.analyze({ title: 'x' } as never)).toThrow(/takes a string/);
  });
});
