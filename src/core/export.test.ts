import { describe, expect, it } from 'vitest';
import { toMarkdown, toPlainText } from './export';
import type { Summary } from './summary';

const summary: Summary = {
  title: '标题*含[特殊]字符',
  source: '财注示例财经',
  publishedAt: '2025-04-26 20:15:32',
  url: 'https://news.qq.com/rain/a/20250426A03KQ200',
  companies: [{ name: '阿里巴巴', codes: ['09988.HK', 'BABA.US'], listings: ['09988.HK 港交所', 'BABA.US 美股'], listed: true, kind: 'company', origin: 'dictionary', industry: '互联网', brands: ['阿里云'], mentions: 2, spans: [] }],
  figures: [{ company: '阿里巴巴', figures: [{ metric: '投入', value: '≈3800亿元', kind: 'money', text: '超过3800亿元', context: '未来三年将投入超过3800亿元', approx: true, range: false, start: 0, end: 1 }] }],
  quotes: [{ name: '张明远', title: '分析师', org: '华泰证券', isOrg: false, quotes: [{ text: '需求 `远未` 见顶', direct: true, start: 0, end: 1 }] }],
  claims: [
    { by: '张明远', claims: [{ text: '推理侧需求有望超过训练侧', type: 'forecast', label: '预测', confident: true, start: 0, end: 1 }] },
    { by: null, claims: [{ text: '估值已处于高位', type: 'assessment', label: '评估', confident: false, start: 2, end: 3 }] },
  ],
};

describe('exports', () => {
  it('Markdown escapes article text and keeps every section', () => {
    const md = toMarkdown(summary);
    expect(md).toContain('## 标题\\*含\\[特殊\\]字符');
    expect(md).toContain('[原文](https://news.qq.com/rain/a/20250426A03KQ200)');
    expect(md).toContain('- 阿里巴巴 · 09988.HK / BABA.US，经由 阿里云');
    expect(md).toContain('  - 投入：≈3800亿元');
    expect(md).toContain('- 张明远（华泰证券 分析师）');
    expect(md).toContain('  - “需求 \\`远未\\` 见顶”');
    expect(md).toContain('- 张明远\n  - 预测：推理侧需求有望超过训练侧\n');
    expect(md).toContain('- 文章观点\n  - 评估：估值已处于高位（把握较低）');
  });

  it('plain text has no markup', () => {
    const text = toPlainText(summary);
    expect(text).toContain('《标题*含[特殊]字符》');
    expect(text).toContain('阿里巴巴  09988.HK 港交所，BABA.US 美股  ×2  ← 阿里云');
    expect(text).not.toContain('**');
  });
});
