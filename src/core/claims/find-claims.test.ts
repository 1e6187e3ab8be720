import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { QUOTE_RECORDS } from '../../../test/support/quote-dictionary';
import { createAnalyzer } from '../analyze';
import { jiebaSegmenter } from '../text/segmenter';

const engine = createAnalyzer({ segmenter: jiebaSegmenter(jieba), companies: QUOTE_RECORDS });
const claims = (text: string) => engine.analyze(text).claims.map((c) => [c.type, c.by, c.text]);

describe('claim stage', () => {
  it('gives a claim inside a quote to its speaker', () => {
    expect(claims('文渊智库创始人王超表示：“优质供给仍然稀缺。”')).toEqual([['assessment', '王超', '优质供给仍然稀缺']]);
    expect(claims('王超则认为，当前算力远未达到过剩状态。')).toEqual([['assessment', '王超', '当前算力远未达到过剩状态']]);
  });

  it('gives company guidance to the company, with or without a quote', () => {
    expect(claims('宁德时代预计2024年实现净利润500亿元。')).toEqual([['guidance', '宁德时代', '宁德时代预计2024年实现净利润500亿元']]);
    expect(claims('比亚迪发布业绩预告，预计全年净利润为400亿元左右。')).toEqual([['guidance', '比亚迪', '比亚迪发布业绩预告，预计全年净利润为400亿元左右']]);
  });

  it('leaves an analyst forecast of a company a forecast', () => {
    expect(claims('华泰证券分析师张明远预计，宁德时代今年净利润将增长20%。')).toEqual([['forecast', '张明远', '宁德时代今年净利润将增长20%']]);
  });

  it('treats 认为 as an assessment even without a cue word', () => {
    expect(claims('王超认为，这轮调整是一次健康的回调。')).toEqual([['assessment', '王超', '这轮调整是一次健康的回调']]);
  });

  it('skips questions, headings and narration', () => {
    expect(claims('算力需求会减少吗\n云服务商又是否会受到影响？\n青云科技股价上涨了5%。')).toEqual([]);
  });
});
