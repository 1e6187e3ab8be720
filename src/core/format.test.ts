import { describe, expect, it } from 'vitest';
import { formatFigureValue, readableNumber } from './format';
import type { Figure } from './types';

const fig = (f: Partial<Figure>): Figure => ({ text: '', start: 0, end: 0, kind: 'money', value: 0, high: null, unit: 'CNY', approx: false, metric: null, company: null, ...f });

describe('figure formatting', () => {
  it('writes magnitudes as Chinese readers do', () => {
    expect(readableNumber(1_320_000_000)).toBe('13.2亿');
    expect(readableNumber(-97_907_300)).toBe('-9790.73万');
    expect(readableNumber(3.5e12)).toBe('3.5万亿');
    expect(readableNumber(58.87)).toBe('58.87');
  });

  it('formats ranges, prices, percentages and approximations', () => {
    expect(formatFigureValue(fig({ value: 1.32e9, high: 1.44e9 }))).toBe('13.2亿–14.4亿元');
    expect(formatFigureValue(fig({ kind: 'price', value: 58.87 }))).toBe('58.87元/股');
    expect(formatFigureValue(fig({ kind: 'price', value: 120, unit: 'USD', approx: true }))).toBe('≈120美元/股');
    expect(formatFigureValue(fig({ kind: 'percent', value: 73, unit: '%' }))).toBe('73%');
    expect(formatFigureValue(fig({ value: -97_907_300 }))).toBe('−9790.73万元');
    expect(formatFigureValue(fig({ kind: 'count', value: 8e9, unit: '人' }))).toBe('80亿人');
  });
});
