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
  投入: '投入',
  交付: '交付',
  斥资: '斥资',
  耗资: '投资',
  总投资: '投资',
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

/** Metric words that name a change rather than the quantity that changed: the noun before them is the metric. */
export const BARE_CHANGES = new Set(['增长', '增加', '提升', '上升', '下降', '下滑', '减少']);

/** Verbs and qualifiers between a quantity's noun and its number (利用率不足30%, 月租金约为8万元). */
const COPULA_TAIL = /(?:已经|已|仍|则|也|均|分别|一度|同比|环比|较上年|较去年同期)?(?:高达|达到|达|约为|约|为|是|在|至|超过|超|接近|不足|不到|仅为|仅|突破|维持在|保持在|降至|升至|提升至|下降至|增长至|增至|跌至|涨至|提高到|降到|下降|上升|提升|增长|下滑|减少|增加)?$/;
/** Nouns that measure: a phrase ending in one of these right before a number is what it measures. */
const MEASURE_NOUN =
  /(?:市场份额|市占率|利用率|上架率|渗透率|占有率|利润率|毛利率|净利率|费率|税率|利率|汇率|[^\s，。；、的]率|价格|均价|单价|售价|起售价|租金|月租|费用|成本|占比|份额|规模|收入|利润|市值|估值|出货量|交付量|销量|产量|装机量?|用电量|发电量|容量|算力|人数|用户数|订单|金额|总额|余额|指数|产能|市盈率|倍数|指标|亏损|需求|效率)$/u;

/**
 * The measure noun phrase standing right before a quantity (利用率不足30% → 利用率, 月租金约8万元 → 月租金),
 * within [from, offset), or null: the metric where no metric word names it.
 */
export function measureNounBefore(norm: string, from: number, offset: number): string | null {
  const before = norm.slice(from, offset).replace(COPULA_TAIL, '');
  const m = MEASURE_NOUN.exec(before);
  return m ? m[0] : null;
}

const MEASURE_NOUN_ANYWHERE = new RegExp(MEASURE_NOUN.source.replace(/\$$/, ''), 'gu');

/** The last measure noun in [from, offset), wherever it stands (小米的市场份额为15.2%，同比下降… → 市场份额). */
export function lastMeasureNoun(norm: string, from: number, offset: number): string | null {
  let last: string | null = null;
  MEASURE_NOUN_ANYWHERE.lastIndex = 0;
  const text = norm.slice(from, offset);
  for (let m = MEASURE_NOUN_ANYWHERE.exec(text); m; m = MEASURE_NOUN_ANYWHERE.exec(text)) last = m[0];
  return last;
}

/** Valuation multiples named right after their number (25倍市盈率, 30倍PE). */
export const MULTIPLE_NAME_AFTER = /^(?:市盈率|市净率|市销率|PE|PB|PS|EV\/EBITDA)/;

/** A share of a whole written before its figure (占总营收的比重接近90%, 占全球市场的份额达到30%). */
const SHARE_OF_WHOLE = /占[^，。；、]{1,16}?的?(?:比重|比例|份额|占比)(?:已|已经|将)?(?:接近|达到|达|超过|为|约为|升至|降至|提升至|下降至)?$/;
const SHARE_VERB_TAIL = /(?:已|已经|将)?(?:接近|达到|达|超过|为|约为|升至|降至|提升至|下降至)?$/;

/** The share-of-a-whole phrase ending right before `offset`, within the clause: "占总营收的比重". */
export function shareOfWholeBefore(norm: string, clauseStart: number, offset: number): string | null {
  const m = SHARE_OF_WHOLE.exec(norm.slice(clauseStart, offset));
  return m ? m[0].replace(SHARE_VERB_TAIL, '') : null;
}

/** The noun phrase a figure qualifies through 的 when it closes the clause (约55亿美元的相关费用。): its metric. */
const NOUN_AFTER_DE = /^的([\p{Script=Han}A-Za-z]{2,8})(?=[，。；;,！？!?：:\s）)]|$)/u;
/** Words that make what follows 的 no noun phrase (的是, 的时候). */
const NOT_A_NOUN_START = /^(?:是|时候|话|同时|情况下|基础上|水平|规模|程度|幅度)/;

export function nounAfterDe(norm: string, end: number): string | null {
  const m = NOUN_AFTER_DE.exec(norm.slice(end, end + 12));
  return m && !NOT_A_NOUN_START.test(m[1]) ? m[1] : null;
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
