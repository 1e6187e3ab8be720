import { describe, expect, it } from 'vitest';
import { parseArabic, parseChineseNumeral, parseNumber } from './chinese-numerals';

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
