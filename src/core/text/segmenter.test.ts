import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { jiebaSegmenter, WordBoundaries, type Segmenter } from './segmenter';

const TEXT =
  '中际旭创（300308.SZ）发布公告称，公司一季度营收同比增长37%；英伟达则表示，推理需求的增长超出预期。宁德时代和比亚迪的股价随之上涨。' +
  'NVIDIA的GB200 NVL72机柜、H20芯片以及3.5%的份额……㐀𠀀字与😀表情\n第二段：AI+云计算，C++与Wi-Fi 7。';

function counting(segmenter: Segmenter): Segmenter & { calls: number } {
  const counted = { calls: 0, cut: (text: string) => (counted.calls++, segmenter.cut(text)), addWord: segmenter.addWord };
  return counted;
}

/** Boundaries as cutting each run of Han, Latin and digits on its own gives them. */
function blockByBlock(text: string, segmenter: Segmenter): boolean[] {
  const marks = new Array<boolean>(text.length + 1).fill(true);
  for (const run of text.matchAll(/[\p{Script=Han}A-Za-z0-9+#&._%\-]+/gu)) {
    let at = run.index;
    for (let i = at + 1; i < at + run[0].length; i++) marks[i] = false;
    for (const w of segmenter.cut(run[0])) marks[(at += w.length)] = true;
  }
  return marks;
}

describe('word boundaries', () => {
  const segmenter = jiebaSegmenter(jieba);
  const offsets = Array.from({ length: TEXT.length + 1 }, (_, i) => i);

  it('cuts the whole text in one call, however many boundaries are asked for', () => {
    const counted = counting(segmenter);
    const boundaries = new WordBoundaries(TEXT, counted);
    for (const o of offsets) boundaries.isBoundary(o);
    expect(counted.calls).toBe(1);
  });

  it('gives each run of Han, Latin and digits the words cutting it alone gives', () => {
    const boundaries = new WordBoundaries(TEXT, segmenter);
    expect(offsets.map((o) => boundaries.isBoundary(o))).toEqual(blockByBlock(TEXT, segmenter));
  });

  it('finds the next boundary as isBoundary answers', () => {
    const boundaries = new WordBoundaries(TEXT, segmenter);
    for (const o of offsets.slice(0, -1)) {
      const next = boundaries.nextBoundary(o);
      expect(boundaries.isBoundary(next)).toBe(true);
      for (let i = o + 1; i < next; i++) expect(boundaries.isBoundary(i)).toBe(false);
    }
  });

  it('treats every offset as a boundary when the segmenter does not give its text back', () => {
    const faulty: Segmenter = { cut: (text) => [text.slice(1)], addWord: () => undefined };
    const boundaries = new WordBoundaries(TEXT, faulty);
    expect(offsets.every((o) => boundaries.isBoundary(o))).toBe(true);
  });

  it('treats every offset as a boundary without a segmenter', () => {
    const boundaries = new WordBoundaries(TEXT, null);
    expect(offsets.every((o) => boundaries.isBoundary(o))).toBe(true);
  });
});
