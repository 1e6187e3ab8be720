import { describeCode } from '../core/codes/exchanges';
import { CLAIM_TYPE_LABEL, companyKindLabel, FIGURE_KIND_LABEL, formatFigureValue } from '../core/format';
import type { Analysis } from '../core/types';
import type { HighlightKind } from './spans';

export interface TooltipContent {
  kind: HighlightKind;
  /** Category label shown above the heading: 公司, 股票代码 … */
  label: string;
  heading: string;
  rows: Array<[string, string]>;
}

const LABEL: Record<HighlightKind, string> = { company: '公司', code: '股票代码', figure: '数据', quote: '引语', claim: '观点' };

/** What a tooltip says about one highlight: all plain strings, set as text, never as HTML. */
export function tooltipContent(analysis: Analysis, kind: HighlightKind, index: number): TooltipContent | null {
  const base = { kind, label: LABEL[kind] };
  if (kind === 'company') {
    const c = analysis.companies[index];
    if (!c) return null;
    const rows: Array<[string, string]> = [];
    if (c.fullName && c.fullName !== c.name) rows.push(['全称', c.fullName]);
    if (c.en) rows.push(['英文', c.en]);
    rows.push(['类别', companyKindLabel(c)]);
    rows.push(['上市', c.listed ? c.codes.map(describeCode).join('；') : '未上市']);
    if (c.origin === 'structure') rows.push(['收录', '未收录：从名称和句子结构识别']);
    if (c.industry) rows.push(['行业', c.industry]);
    if (c.brands.length) rows.push(['品牌', `${c.brands.join('、')} → ${c.name}`]);
    if (c.parent) rows.push(['母公司', c.parent]);
    rows.push(['本文提及', `${c.mentions.length} 次`]);
    return { ...base, heading: c.name, rows };
  }
  if (kind === 'code') {
    const c = analysis.codes[index];
    if (!c) return null;
    return { ...base, heading: c.code, rows: [['交易所', describeCode(c.code).split(' ').slice(1).join(' ') || c.exchange], ['公司', c.company ?? '未识别']] };
  }
  if (kind === 'figure') {
    const f = analysis.figures[index];
    if (!f) return null;
    const rows: Array<[string, string]> = [['指标', f.metric ?? '—'], ['数值', formatFigureValue(f)], ['类型', FIGURE_KIND_LABEL[f.kind]]];
    if (f.company) rows.push(['公司', f.company]);
    if (f.approx) rows.push(['说明', '约数']);
    if (f.high !== null) rows.push(['范围', '区间值']);
    return { ...base, heading: f.text, rows };
  }
  if (kind === 'quote') {
    const q = analysis.quotes[index];
    if (!q) return null;
    const rows: Array<[string, string]> = [];
    if (q.speaker.title) rows.push(['职务', q.speaker.title]);
    if (q.speaker.org) rows.push(['机构', q.speaker.org]);
    rows.push(['方式', q.direct ? '直接引语' : '转述']);
    return { ...base, heading: q.speaker.name ?? '未具名人士', rows };
  }
  const c = analysis.claims[index];
  if (!c) return null;
  return { ...base, heading: CLAIM_TYPE_LABEL[c.type], rows: [['提出者', c.by ?? '文章作者']] };
}

/** One line for screen readers: the same facts as the tooltip. */
export function tooltipSummary(content: TooltipContent): string {
  return [`${content.label}：${content.heading}`, ...content.rows.map(([k, v]) => `${k}：${v}`)].join('，');
}
