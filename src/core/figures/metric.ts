/** Metric words: what a figure measures, read from the clause around it. */

/**
 * Metric words as written, each with the canonical metric it reports (long legal forms fold to
 * the short one news uses). Longer words win over the words inside them (归母净利润 over 净利润).
 */
const METRIC_FORMS: Record<string, string> = {
  归属于母公司所有者的净利润: '归母净利润',
  归属于母公司股东的净利润: '归母净利润',
  归属于上市公司股东的净利润: '归母净利润',
  归属于上市公司股东的扣除非经常性损益的净利润: '扣非净利润',
  归母净利润: '归母净利润',
  扣非净利润: '扣非净利润',
  扣非归母净利润: '扣非净利润',
  经调整净利润: '经调整净利润',
  净利润: '净利润',
  净利: '净利润',
  净亏损: '净亏损',
  利润总额: '利润总额',
  营业利润: '营业利润',
  经营利润: '经营利润',
  毛利润: '毛利润',
  营业总收入: '营业总收入',
  营业收入: '营业收入',
  总营收: '营收',
  营收: '营收',
  总收入: '收入',
  收入: '收入',
  销售额: '销售额',
  成交额: '成交额',
  成交量: '成交量',
  交易额: '交易额',
  毛利率: '毛利率',
  净利率: '净利率',
  净资产收益率: '净资产收益率',
  毛利: '毛利',
  总市值: '市值',
  市值: '市值',
  估值: '估值',
  股价: '股价',
  收盘价: '收盘价',
  开盘价: '开盘价',
  发行价: '发行价',
  目标价: '目标价',
  每股收益: '每股收益',
  每股净资产: '每股净资产',
  市盈率: '市盈率',
  股息率: '股息率',
  复合增长率: '复合增长率',
  年复合增长率: '复合增长率',
  同比增长: '同比增长',
  同比增加: '同比增加',
  同比上升: '同比上升',
  同比上涨: '同比上涨',
  同比下降: '同比下降',
  同比下滑: '同比下滑',
  同比减少: '同比减少',
  同比下跌: '同比下跌',
  环比增长: '环比增长',
  环比下降: '环比下降',
  环比增加: '环比增加',
  环比减少: '环比减少',
  同比: '同比',
  环比: '环比',
  增长率: '增长率',
  增速: '增速',
  增幅: '增幅',
  增长: '增长',
  增加: '增加',
  提升: '提升',
  上升: '上升',
  下降: '下降',
  下滑: '下滑',
  减少: '减少',
  亏损减少: '亏损减少',
  减亏: '减亏',
  亏损: '亏损',
  亏: '亏损',
  涨幅: '涨幅',
  跌幅: '跌幅',
  上涨: '上涨',
  下跌: '下跌',
  大涨: '上涨',
  大跌: '下跌',
  暴涨: '上涨',
  暴跌: '下跌',
  飙升: '上涨',
  涨超: '上涨',
  跌超: '下跌',
  涨: '上涨',
  跌: '下跌',
  翻了: '翻倍',
  出货量: '出货量',
  销量: '销量',
  交付量: '交付量',
  产量: '产量',
  资本开支: '资本开支',
  资本支出: '资本开支',
  研发投入: '研发投入',
  研发费用: '研发费用',
  融资: '融资',
  募资: '募资',
  募集资金: '募资',
  投资: '投资',
  收购: '收购',
  回购: '回购',
  分红: '分红',
  派息: '派息',
  市场份额: '市场份额',
  市占率: '市场份额',
  份额: '份额',
  占比: '占比',
  渗透率: '渗透率',
  现金流: '现金流',
  总资产: '总资产',
  净资产: '净资产',
  负债: '负债',
  月活跃用户: '月活跃用户',
  月活跃账户: '月活跃用户',
  网民: '网民',
  现金红利: '分红',
  月活: '月活跃用户',
  日活: '日活跃用户',
  用户数: '用户数',
  用户规模: '用户规模',
  人口: '人口',
  员工: '员工',
  裁员: '裁员',
  门店: '门店',
  订单: '订单',
  市场规模: '市场规模',
  规模: '规模',
  预算: '预算',
  补贴: '补贴',
  罚款: '罚款',
};

/** The canonical metric a metric word (or counted noun) stands for, or the word itself. */
export function canonicalMetric(word: string): string {
  return METRIC_FORMS[word] ?? word;
}

/** Metrics that count people or users: a bare 13.82亿 after them is a count in this unit. */
export const COUNT_METRICS: Record<string, string> = {
  月活跃用户: '用户',
  日活跃用户: '用户',
  用户数: '用户',
  用户规模: '用户',
  人口: '人',
  网民: '人',
  员工: '人',
};

/** Metrics that measure money: a bare 13.2亿 after them is an amount in yuan. */
export const MONEY_METRICS = new Set([
  '营收', '营业收入', '营业总收入', '收入', '净利润', '归母净利润', '扣非净利润', '经调整净利润', '利润总额', '营业利润', '经营利润',
  '毛利润', '毛利', '净亏损', '亏损', '销售额', '成交额', '交易额', '市值', '估值', '资本开支', '研发投入', '研发费用', '融资', '募资',
  '收购', '回购', '分红', '预算', '补贴', '罚款', '现金流', '总资产', '净资产', '负债',
]);

/** Metrics of a share price: a currency amount they govern is a price. */
export const PRICE_METRICS = new Set(['股价', '收盘价', '开盘价', '发行价', '目标价', '每股收益', '每股净资产']);

const METRIC_PATTERN = new RegExp(
  Object.keys(METRIC_FORMS)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

export interface MetricHit {
  start: number;
  end: number;
  metric: string;
}

/** Every metric word in `norm`, left to right (one linear pass). */
export function scanMetrics(norm: string): MetricHit[] {
  const out: MetricHit[] = [];
  METRIC_PATTERN.lastIndex = 0;
  for (let m = METRIC_PATTERN.exec(norm); m; m = METRIC_PATTERN.exec(norm)) {
    out.push({ start: m.index, end: m.index + m[0].length, metric: METRIC_FORMS[m[0]] });
  }
  return out;
}

/** Index of the last hit ending at or before `offset`, or -1 (binary search). */
function lastEndingBy(hits: readonly MetricHit[], offset: number): number {
  let lo = 0;
  let hi = hits.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].end <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The metric nearest before `offset` within [from, offset); with `preferPrice`, the nearest
 * share-price metric in that range wins over nearer words (股价已强势回升至每股120美元).
 */
export function metricBefore(hits: readonly MetricHit[], from: number, offset: number, preferPrice: boolean): MetricHit | null {
  let nearest: MetricHit | null = null;
  for (let i = lastEndingBy(hits, offset); i >= 0 && hits[i].start >= from; i--) {
    nearest ??= hits[i];
    if (!preferPrice || PRICE_METRICS.has(hits[i].metric)) return hits[i];
  }
  return nearest;
}

/** How far after 的 the metric word may start: 3000多万元的天使轮融资. */
const AFTER_DE_REACH = 4;

/** A metric named right after the figure through 的: "近30%的复合增长率", "3000多万元的天使轮融资". */
export function metricAfter(hits: readonly MetricHit[], norm: string, end: number, clauseEnd: number): MetricHit | null {
  if (norm[end] !== '的') return null;
  const limit = Math.min(end + 1 + AFTER_DE_REACH, clauseEnd);
  let found: MetricHit | null = null;
  for (let j = lastEndingBy(hits, clauseEnd); j >= 0 && hits[j].start >= end + 1; j--) if (hits[j].start <= limit) found = hits[j];
  return found;
}
