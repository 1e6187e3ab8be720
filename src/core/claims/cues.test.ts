import { describe, expect, it } from 'vitest';
import { cueTypes, guidanceCue, strongest } from './cues';

const types = (s: string) => [...cueTypes(s)].sort();

describe('claim cues', () => {
  it('reads forecast, causal and assessment words', () => {
    expect(types('价格有望回升')).toEqual(['forecast']);
    expect(types('一方面得益于市场情绪')).toEqual(['causal']);
    expect(types('当前算力远未达到过剩状态')).toEqual(['assessment']);
  });

  it('does not read scheduled events, 将 as 把, results against expectations or open questions as forecasts', () => {
    // Results judged against expectations are a judgement (test/articles/README.md, assessment), not a forecast.
    expect(types('业绩超出市场预期')).toEqual(['assessment']);
    expect(types('公司将于3月15日召开股东大会')).toEqual([]);
    expect(types('并将继续扩大智算业务规模作为主要目标')).toEqual([]);
    expect(types('未来会不会再次陷入困境')).toEqual([]);
    expect(types('DeepSeek确实将成本打下来了')).toEqual([]);
  });

  it('finds guidance only with a metric and a number', () => {
    expect(guidanceCue('公司预计2024年实现营收13.2亿元')).toBe(2);
    expect(guidanceCue('预计全年净利润为400亿元左右')).toBe(0);
    expect(guidanceCue('预计需求将持续增长')).toBe(-1);
    expect(strongest(['assessment', 'forecast'])).toBe('forecast');
  });
});
