import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean, parseArabic, parseChineseNumeral, parseNumber } from './chinese-numerals';

describe('numeral parsing', () => {
  it('reads Arabic numbers with thousands separators and decimals', () => {
    expect(parseArabic('1,234.5')).toBe(1234.5);
    expect(parseArabic('58.87')).toBe(58.87);
    expect(parseArabic('12a')).toBeNull();
  });

  it('reads Chinese numerals', () => {
    const cases: Array<[string, number]> = [
      ['三千亿', 3e11],
      ['十二万', 120000],
      ['一万二千', 12000],
      ['十', 10],
      ['二十五', 25],
      ['两', 2],
      ['一百零五', 105],
      ['一亿二千万', 1.2e8],
      ['三万亿', 3e12],
      ['二〇二四', 2024],
      ['三点五', 3.5],
      ['三十点五', 30.5],
      ['十亿', 1e9],
    ];
    for (const [text, value] of cases) expect(parseChineseNumeral(text), text).toBeCloseTo(value, 6);
    expect(parseChineseNumeral('三点')).toBeNull();
    expect(parseChineseNumeral('abc')).toBeNull();
  });

  it('reads mixes of Arabic numbers and Chinese magnitudes', () => {
    expect(parseNumber('3.5万亿')).toBe(3.5e12);
    expect(parseNumber('13.2亿')).toBe(1320000000);
    expect(parseNumber('-9790.73'.slice(1) + '万')).toBe(97907300);
    expect(parseNumber('7216.51 万')).toBe(72165100);
    expect(parseNumber('1,200万')).toBe(12000000);
    expect(parseNumber('5千')).toBe(5000);
  });
});

/** The plain definition clean() shortcuts for whole numbers. */
const fifteenDigits = (value: number) => Number(value.toPrecision(15));

describe('clean', () => {
  it('rounds binary noise away: 13.2 × 1e8 is 1320000000', () => {
    expect(clean(13.2 * 1e8)).toBe(1_320_000_000);
    expect(clean(0.1 + 0.2)).toBe(0.3);
  });

  it('agrees with 15 significant digits on any number', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
      expect(clean(v)).toBe(fifteenDigits(v));
    }), { numRuns: 20_000 });
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 14 }), (m, e) => {
        expect(clean((m / 10) * 10 ** e)).toBe(fifteenDigits((m / 10) * 10 ** e));
      }),
      { numRuns: 20_000 },
    );
  });
});
