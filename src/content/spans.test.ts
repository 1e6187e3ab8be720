import { describe, expect, it } from 'vitest';
import type { Analysis, Claim } from '../core/types';
import { highlightSpans } from './spans';

const claim = (start: number, confidence: number): Claim => ({ start, end: start + 4, text: '某个观点', type: 'assessment', by: null, confidence });
const analysis = {
  article: { title: null, source: null, publishedAt: null, url: null, text: '某个观点。某个观点。' },
  companies: [],
  codes: [],
  figures: [],
  quotes: [],
  claims: [claim(0, 0.92), claim(5, 0.41)],
} as Analysis;

describe('highlight spans', () => {
  it('paints only the claims the model is confident of, unless every claim is asked for', () => {
    expect(highlightSpans(analysis).map((s) => s.index)).toEqual([0]);
    expect(highlightSpans(analysis, { allClaims: true }).map((s) => s.index).sort()).toEqual([0, 1]);
  });
});
