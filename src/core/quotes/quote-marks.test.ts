import { describe, expect, it } from 'vitest';
import { findQuotedSpans, isSpeechLike } from './quote-marks';

const inner = (text: string) => findQuotedSpans(text).map((q) => text.slice(q.start, q.end));

describe('quotation marks', () => {
  it('finds “…” and 「…」 with nested marks kept inside', () => {
    expect(inner('他说：“这种‘以价换量’的策略难以为继。”随后又说「好」。')).toEqual(['这种‘以价换量’的策略难以为继。', '好']);
  });

  it('joins a quotation that reopens each paragraph and closes only at the end', () => {
    const text = '王超表示：“第一，价格会降。\n“第二，需求会涨。”\n下一段。';
    expect(inner(text)).toEqual(['第一，价格会降。\n“第二，需求会涨。']);
  });

  it('drops a quotation left open at the end of its paragraph', () => {
    expect(inner('他说：“没有结束的话\n下一段没有引号。“这句完整。”')).toEqual(['这句完整。']);
  });

  it('tells speech from quoted terms', () => {
    const text = '实施“一体两翼”战略。“需求很旺，算力紧张。”';
    const [term, speech] = findQuotedSpans(text);
    expect(isSpeechLike(text, term)).toBe(false);
    expect(isSpeechLike(text, speech)).toBe(true);
  });
});
