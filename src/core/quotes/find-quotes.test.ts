import fc from 'fast-check';
import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { QUOTE_RECORDS } from '../../../test/support/quote-dictionary';
import { createAnalyzer } from '../analyze';
import { jiebaSegmenter } from '../text/segmenter';

const engine = createAnalyzer({ segmenter: jiebaSegmenter(jieba), companies: QUOTE_RECORDS });
const quotes = (text: string) => engine.analyze(text).quotes;
const brief = (text: string) => quotes(text).map((q) => [q.speaker.name, q.direct, q.text.slice(0, 6)]);

describe('quote stage', () => {
  it('attributes a quotation to the statement after it and keeps the title and organisation', () => {
    const found = quotes('“节后客户量翻倍，资源很紧张。”2月8日，青云科技市场总监王玉圆向记者透露，公司正在扩容。');
    expect(found.map((q) => [q.speaker, q.direct])).toEqual([
      [{ name: '王玉圆', title: '市场总监', org: '青云科技', isOrg: false }, true],
      [{ name: '王玉圆', title: '市场总监', org: '青云科技', isOrg: false }, false],
    ]);
  });

  it('continues a reported statement with the quotation after it, and resolves bare names and 他', () => {
    const text = '文渊智库创始人王超表示，行业远未见顶。“需求还在增长。”\n王超则认为，估值合理。他指出，风险可控。';
    expect(brief(text)).toEqual([
      ['王超', false, '行业远未见顶'],
      ['王超', true, '需求还在增长'],
      ['王超', false, '估值合理'],
      ['王超', false, '风险可控'],
    ]);
    expect(new Set(quotes(text).map((q) => `${q.speaker.org}/${q.speaker.title}`))).toEqual(new Set(['文渊智库/创始人']));
  });

  it('lets companies speak, 该公司 referring to the company last named', () => {
    const found = quotes('宁德时代发布年报。该公司表示，海外收入占比提升。优刻得公告称，经营正常。');
    expect(found.map((q) => [q.speaker.name, q.speaker.isOrg, q.speaker.title])).toEqual([
      ['宁德时代', true, null],
      ['优刻得', true, null],
    ]);
  });

  it('never names the reporter, media or unnamed sources, and does not pass their quotations on', () => {
    expect(quotes('本报记者石飞月 北京报道\n记者注意到，股价大涨。此前有媒体报道称，小米在造芯。业内人士表示，价格会涨。')).toEqual([]);
    const found = quotes('华泰证券分析师张明远表示，集中度会提高。\n有业内人士则表示，价格战难结束。“谁也不敢先涨价。”');
    expect(found.map((q) => q.speaker.name)).toEqual(['张明远']);
  });

  it('keeps every quote at its offsets, sorted, on any input', () => {
    const alphabet = fc.constantFrom(...'王超表示认为称说：，。“”「」‘’\n青云科技公司他创始人记者分析师张明远A1 ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')), (text) => {
        const found = quotes(text);
        for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
        for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].start);
      }),
      { numRuns: 200 },
    );
  });
});
