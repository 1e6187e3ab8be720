import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { jiebaSegmenter, WordBoundaries, type Segmenter } from './segmenter';

const TEXT = '中际旭创（300308.SZ）发布公告称，公司一季度营收同比增长37%；英伟达则表示，推理需求的增长超出预期。宁德时代和比亚迪的股价随之上涨。';

function counting(segmenter: Segmenter): Segmenter & { calls: number } {
  const counted = { calls: 0, cut: (text: string) => (counted.calls++, segmenter.cut(text)), addWord: segmenter.addWord };
  return counted;
}

describe('word boundaries', () => {
  const segmenter = jiebaSegmenter(jieba);
  const offsets = Array.from({ length: TEXT.length + 1 }, (_, i) => i);

  it('gives the same boundaries prefetched in one call as cut block by block', () => {
    const one = new WordBoundaries(TEXT, counting(segmenter));
    const batched = counting(segmenter);
    const prefetched = new WordBoundaries(TEXT, batched);
    prefetched.prefetch(offsets);
    expect(batched.calls).toBe(1);
    expect(offsets.map((o) => prefetched.isBoundary(o))).toEqual(offsets.map((o) => one.isBoundary(o)));
    expect(batched.calls).toBe(1);
  });

  it('treats every offset of a block as a boundary when the segmenter does not give its text back', () => {
    const faulty: Segmenter = { cut: (text) => [text.slice(1)], addWord: () => undefined };
    const boundaries = new WordBoundaries(TEXT, faulty);
    boundaries.prefetch(offsets);
    expect(offsets.every((o) => boundaries.isBoundary(o))).toBe(true);
  });
});
