import type { Figure, CompanyHit } from './types';

const CURRENCY_SUFFIX: Record<string, string> = {
  CNY: '元',
  USD: '美元',
  HKD: '港元',
  EUR: '欧元',
  JPY: '日元',
  KRW: '韩元',
  TWD: '新台币',
  GBP: '英镑',
};
const MAGNITUDES: ReadonlyArray<[number, string]> = [
  [1e12, '万亿'],
  [1e8, '亿'],
  [1e4, '万'],
];

function trimNumber(n: number, digits = 2): string {
  return Number(n.toFixed(digits)).toString();
}

/** 1320000000 → "13.2亿"; 58.87 → "58.87"; magnitudes as Chinese readers write them. */
export function readableNumber(n: number): string {
  const abs = Math.abs(n);
  for (const [size, label] of MAGNITUDES) if (abs >= size) return `${trimNumber(n / size)}${label}`;
  return trimNumber(n);
}

function unitSuffix(f: Figure): string {
  if (f.kind === 'percent') return '%';
  if (f.kind === 'pct_point') return '个百分点';
  if (f.kind === 'multiple') return '倍';
  if (f.kind === 'price') return `${CURRENCY_SUFFIX[f.unit] ?? f.unit}/股`;
  if (f.kind === 'money') return CURRENCY_SUFFIX[f.unit] ?? ` ${f.unit}`;
  return f.unit;
}

/** A figure's value in readable Chinese form: 13.2亿–14.4亿元, 58.87元/股, ≈30%, −9790.73万元. */
export function formatFigureValue(f: Figure): string {
  const suffix = unitSuffix(f);
  const value = readableNumber(f.value).replace(/^-/, '−');
  const range = f.high !== null ? `${value}–${readableNumber(f.high).replace(/^-/, '−')}` : value;
  return `${f.approx ? '≈' : ''}${range}${suffix}`;
}

export const FIGURE_KIND_LABEL: Record<Figure['kind'], string> = {
  money: '金额',
  price: '股价',
  percent: '百分比',
  pct_point: '百分点',
  count: '数量',
  multiple: '倍数',
  points: '点位',
  quantity: '物理量',
};

export const CLAIM_TYPE_LABEL = {
  guidance: '业绩指引',
  forecast: '预测',
  causal: '因果判断',
  assessment: '评估',
} as const;

/** What an organisation is, as a reader names it: 上市公司, 证券公司, 投资机构 … */
export function companyKindLabel(c: Pick<CompanyHit, 'kind' | 'listed'>): string {
  if (c.kind === 'broker') return '证券公司';
  if (c.kind === 'fund') return '基金公司';
  if (c.kind === 'investor') return '投资机构';
  if (c.kind === 'research') return '研究机构';
  return c.listed ? '上市公司' : '非上市公司';
}
