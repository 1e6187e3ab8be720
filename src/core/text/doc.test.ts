import { describe, expect, it } from 'vitest';
import { Doc } from './doc';

const texts = (spans: Array<{ text: string }>) => spans.map((s) => s.text);

describe('the clause model (Doc)', () => {
  it('cuts sentences at commas and colons, keeping closing quotes and enumerations with their clause', () => {
    const doc = new Doc('公司表示：“营收增长30%，利润翻倍。”宁德时代、比亚迪均上涨。', null);
    expect(texts(doc.clausesIn(0, doc.text.length))).toEqual(['公司表示：', '“营收增长30%，', '利润翻倍。”', '宁德时代、比亚迪均上涨。']);
  });

  it('reads a comma between digits as part of the number', () => {
    const doc = new Doc('营收为1,234.5亿元，同比增长8%。', null);
    expect(texts(doc.clausesIn(0, doc.text.length))).toEqual(['营收为1,234.5亿元，', '同比增长8%。']);
    expect(doc.clauseAt(doc.text.indexOf('234'))?.text).toBe('营收为1,234.5亿元，');
  });

  it('gives the clauses of a range cut to it, across sentences', () => {
    const text = '第一句，前半。第二句，后半。';
    const doc = new Doc(text, null);
    expect(texts(doc.clausesIn(text.indexOf('前'), text.indexOf('后') + 1))).toEqual(['前半。', '第二句，', '后']);
  });
});
