import { describe, expect, it } from 'vitest';
import { analyze } from '../node/index';
import { tooltipContent } from './tooltip-content';

const rowsOf = (text: string, name: string) => {
  const analysis = analyze(text);
  const index = analysis.companies.findIndex((c) => c.name === name);
  return Object.fromEntries(tooltipContent(analysis, 'company', index)!.rows);
};

describe('company tooltip', () => {
  it('says what the organisation is', () => {
    expect(rowsOf('华泰证券分析师认为，板块估值仍有修复空间。', '华泰证券')['类别']).toBe('证券公司');
    expect(rowsOf('易方达基金旗下多只产品获得净申购。', '易方达基金')['类别']).toBe('基金公司');
    expect(rowsOf('本轮融资由红杉中国领投。', '红杉中国')['类别']).toBe('投资机构');
    expect(rowsOf('据IDC统计，三季度平板电脑出货量同比增长8%。', 'IDC')['类别']).toBe('研究机构');
    expect(rowsOf('寒武纪发布三季报。', '寒武纪')['类别']).toBe('上市公司');
  });

  it('says when an organisation was recognised from its name, not the dictionary', () => {
    const rows = rowsOf('深圳华智融科技股份有限公司近日完成数亿元B轮融资。', '华智融科技');
    expect(rows['类别']).toBe('非上市公司');
    expect(rows['收录']).toMatch(/未收录/);
  });
});
