import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { MINI_RECORDS } from '../../../test/support/mini-dictionary';
import { createAnalyzer } from '../analyze';
import { jiebaSegmenter } from '../text/segmenter';

const engine = createAnalyzer({ segmenter: jiebaSegmenter(jieba), companies: MINI_RECORDS });
const names = (text: string) => engine.analyze(text).companies.map((c) => c.name);

describe('company stage', () => {
  it('finds companies by name, alias and brand, with offsets into the text', () => {
    const a = engine.analyze('腾讯控股与阿里云合作，英伟达股价上涨。');
    expect(a.companies.map((c) => c.name).sort()).toEqual(['腾讯控股', '英伟达', '阿里巴巴'].sort());
    const ali = a.companies.find((c) => c.name === '阿里巴巴')!;
    expect(ali.brands).toEqual(['阿里云']);
    for (const c of a.companies) for (const m of c.mentions) expect(a.article.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('prefers the longest surface (京东方 over 京东)', () => {
    expect(names('京东方发布财报。')).toEqual(['京东方A']);
  });

  it('rejects a name cut through a word', () => {
    expect(names('他住在北京东路。')).toEqual([]);
    expect(names('早上喝了一碗小米粥。')).toEqual([]);
    expect(names('这是完美的一天。')).toEqual([]);
  });

  it('asks ambiguous names for context', () => {
    expect(names('窗外美的风景让人沉醉。')).toEqual([]);
    expect(names('美的集团发布年报，美的营收增长。')).toEqual(['美的集团']);
    expect(names('小米发布新款手机。')).toEqual(['小米集团']);
    expect(names('平安夜的街道很热闹。')).toEqual([]);
  });

  it('matches Latin names on word boundaries and short tickers by case', () => {
    expect(names('AMD发布新芯片')).toEqual(['AMD']);
    expect(names('the amdgpu driver')).toEqual([]);
    expect(names('metadata 很重要')).toEqual([]);
    expect(names('NVIDIA and Nvidia')).toEqual(['英伟达']);
  });

  it('links codes to companies and discovers companies the dictionary lacks', () => {
    const a = engine.analyze('青云科技（688316.SH）大涨，某某智能（301234）同日上涨，某某智能的订单增长。');
    expect(a.codes.map((c) => [c.code, c.company])).toEqual([
      ['688316.SH', '青云科技'],
      ['301234.SZ', '某某智能'],
    ]);
    const found = a.companies.find((c) => c.name === '某某智能')!;
    expect(found.origin).toBe('code');
    expect(found.codes).toEqual(['301234.SZ']);
    expect(found.mentions).toHaveLength(2);
  });
});
