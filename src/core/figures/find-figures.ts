import type { Doc } from '../text/doc';
import type { CompanyHit, Figure, Span } from '../types';
import { attributeCompanies } from './attribute-company';
import { mergeRanges, type Ranged } from './merge-ranges';
import { BARE_CHANGES, canonicalMetric, COUNT_METRICS, lastMeasureNoun, measureNounBefore, metricAfter, metricBefore, MONEY_METRICS, MULTIPLE_NAME_AFTER, nounAfterDe, PRICE_METRICS, scanMetrics, shareOfWholeBefore, type MetricHit } from './metric';
import { scanQuantities } from './scan-quantities';
import { countedNounAfter, subjectBefore } from './subject-phrase';
import { BIT_WIDTH_AFTER, CARD_CONFIGURATION_AFTER, CLASS_NAME_AFTER } from './units';

/** Words right before an amount that quote a share price: 报661.5港元, 收于98.6元. */
const PRICE_CUE_BEFORE = /(?:报|收于|收报|报收|收盘于|开盘于|触及|股价为?|股价已?(?:涨|跌|升|回升|回落)至)$/;
/** How far back the price cue may be looked for. */
const PRICE_CUE_REACH = 8;
/**
 * Per-unit wording earlier in the clause makes an amount a price: 每股派发现金红利2元, 每10股派发…, 每百万token输入2元,
 * 每千瓦时0.3元, 单车毛利2100元. Per period (每年, 每月) is a rate of spending, not a unit price.
 */
const PER_UNIT = /每(?!年|月|天|日|周|季|个?交易日|小时|分钟|次)|单(?:车|台|颗|卡|件|吨|瓦)/;
/** Smallest magnitude a bare number needs to be read as a count of its metric (网民超过55亿). */
const MIN_BARE_COUNT_MAGNITUDE = 1e4;
/** Ordinal and rank markers before a count: 第100家, 前10名. */
const ORDINAL_BEFORE = /[第前]$/;
/** Items of a list of figures that share the first item's metric: 增长30%、25%和18%. */
const LIST_GAP = /^[ \t]*(?:、|,|，|和|及|与|以及|或)[ \t]*$/;
/** A clause opened by a colon belongs to the clause before it for its metric (营收：13.2亿元). */
const COLON = /[:：][ \t]*$/;
/** How far back before a colon the metric may stand (营业收入：…). */
const COLON_REACH = 40;

/**
 * Money, prices, percentages, percentage points, multiples and large counts in `doc`, sorted
 * by start and non-overlapping, each with the metric it measures and the company it belongs to.
 */
export function findFigures(doc: Doc, companies: CompanyHit[]): Figure[] {
  const norm = doc.norm;
  const quantities = mergeRanges(norm, scanQuantities(norm));
  const overlapsCompany = mentionSweep(companySpans(companies));
  const metrics = scanMetrics(norm);
  const companyEnds = new Set(companies.flatMap((c) => c.mentions.map((m) => m.end)));
  const isCompanyEnd = (offset: number) => companyEnds.has(offset);

  const figures: Figure[] = [];
  for (const q of quantities) {
    if (overlapsCompany(q.start, q.end)) continue;
    if (!q.kind && q.magnitude < MIN_BARE_COUNT_MAGNITUDE) continue;
    const sentence = doc.sentenceAt(q.start) ?? doc.slice(0, doc.text.length);
    const clause = doc.clauseAt(q.start) ?? sentence;
    const hit = metricFor(norm, metrics, clause, sentence, q);
    if (!q.kind) countOfMetric(q, hit);
    if (!q.kind) moneyOfMetric(q, hit);
    if (!isFigure(norm, q)) continue;
    const kind = q.kind === 'money' && q.magnitude === 1 && isPrice(norm, q, hit, clause) ? 'price' : q.kind!;
    const phrase = metricPhrase(doc, metrics, clause, sentence, q, kind, hit, isCompanyEnd);
    // A price per share with nothing naming it is the share price.
    const metric = phrase ?? hit?.metric ?? (q.noun ? canonicalMetric(q.noun) : kind === 'price' && (/股/.test(norm.slice(q.start, q.end + 2)) || quotesPrice(norm, q)) ? '股价' : null);
    const previous = figures[figures.length - 1];
    figures.push({
      text: doc.text.slice(q.start, q.end),
      start: q.start,
      end: q.end,
      kind,
      value: q.value,
      high: q.high,
      unit: q.unit,
      approx: q.approx,
      metric: metric ?? (previous && LIST_GAP.test(norm.slice(previous.end, q.start)) ? previous.metric : null),
      company: null,
    });
  }
  attributeCompanies(doc, figures, companies);
  return figures;
}

/** Words before a number of points that make it an index's level or move (报3411.72点, 下跌35.2点). */
const POINTS_CUE_BEFORE = /(?:指数?|报|收于|收报|站上|跌破|失守|重返|回升至|涨|跌|升|降|上涨|下跌|突破|点位)[^，。；]{0,4}$/;
/** Index levels are large or written with decimals; a small whole number of 点 needs a cue. */
const MIN_BARE_POINTS = 100;

/**
 * The noun phrase a figure measures where the sentence spells one out and the metric words do not
 * cover it: a share of a whole before it (占总营收的比重接近90%), or the noun it qualifies through 的
 * when no metric word follows there (约55亿美元的相关费用).
 */
function metricPhrase(doc: Doc, metrics: readonly MetricHit[], clause: Span, sentence: Span, q: Ranged, kind: Figure['kind'], hit: MetricHit | null, isCompanyEnd: (offset: number) => boolean): string | null {
  const norm = doc.norm;
  if (q.kind === 'multiple') {
    const named = MULTIPLE_NAME_AFTER.exec(norm.slice(q.end, q.end + 9));
    if (named) return named[0];
  }
  const share = shareOfWholeBefore(norm, clause.start, q.leadStart);
  if (share) return share;
  const after = hit ? null : nounAfterDe(norm, q.end);
  if (after) return after;
  // No metric word, or only the change (提升30%, 同比下降2.7个百分点): the noun standing before it.
  // X从A提升至B: both numbers measure X, the subject before 从.
  const moved = fromSubject(doc, metrics, clause, q, hit, isCompanyEnd);
  if (moved) return moved;
  if (!hit) {
    const noun = measureNounBefore(norm, clause.start, q.leadStart);
    // A count whose noun is its unit (80亿人口, 13.82亿月活) is measured by that noun; a share price by 股价.
    if (noun || q.noun) return noun;
    if (kind === 'price') {
      // A price per unit (度电成本降至每千瓦时0.25元) is the price of the subject before the per-unit words.
      const per = perUnitStart(norm, clause.start, q.leadStart);
      return per === null ? null : subjectBefore(doc, clause.start, per, isCompanyEnd);
    }
    return (kind === 'count' ? countedNounAfter(doc, q.end, clause.end) : null) ?? subjectBefore(doc, clause.start, q.leadStart, isCompanyEnd);
  }
  // A bare change names what changed before it: 云计算业务收入增长, 毛利率同比下降.
  if (BARE_CHANGES.has(hit.metric) || (q.kind === 'pct_point' && /^(?:同比|环比)/.test(hit.metric))) {
    const noun = lastMeasureNoun(norm, sentence.start, hit.start);
    return noun ? noun + hit.metric : null;
  }
  return null;
}

/** Where the per-unit words before a price begin (每千瓦时, 每百万token, 单车), or null. */
function perUnitStart(norm: string, clauseStart: number, leadStart: number): number | null {
  const before = norm.slice(Math.max(clauseStart, leadStart - 8), leadStart);
  const m = /(?:每|单)[^，。；,;\d每单]{1,6}$/.exec(before);
  return m && PER_UNIT.test(m[0]) ? leadStart - before.length + m.index : null;
}

/** A change from one level to another: 从, a stretch without a clause mark, and a verb of change into the figure. */
const FROM_TO = /^从[^，。；,;从]{0,24}$/;
const CHANGE_INTO = /(?:提升|提高|增长|增加|上升|上调|下降|降低|下调|回落|扩大|缩小|减少|回升|压缩|攀升|下滑|增|降|升|跌|涨)(?:到|至)$|(?:增至|降至|升至|跌至|涨至)$/;

/**
 * The subject of a 从…至 change the figure stands in (单机柜功率密度从6千瓦提升至40千瓦), when no metric word of its
 * own names the figure (or only the change does).
 */
function fromSubject(doc: Doc, metrics: readonly MetricHit[], clause: Span, q: Ranged, hit: MetricHit | null, isCompanyEnd: (offset: number) => boolean): string | null {
  if (hit && !BARE_CHANGES.has(hit.metric)) return null;
  const norm = doc.norm;
  const from = norm.lastIndexOf('从', q.leadStart - 1);
  if (from < clause.start || !FROM_TO.test(norm.slice(from, q.leadStart))) return null;
  // The figure is the level moved from (从约50%…) or the one moved to (…提升至40千瓦).
  const between = norm.slice(from + 1, q.leadStart);
  if (between.length > 0 && !CHANGE_INTO.test(between) && !/的$|^[^\d]{0,8}$/.test(between)) return null;
  const named = metricBefore(metrics, clause.start, from, false);
  if (named && !BARE_CHANGES.has(named.metric)) return named.metric;
  return subjectBefore(doc, clause.start, from, isCompanyEnd);
}

function isFigure(norm: string, q: Ranged): boolean {
  if (!q.kind) return false;
  const after = norm.slice(q.end, q.end + 6);
  if (q.kind === 'count') {
    // Counts in digits are figures whatever their size (6人, 8个系列); in words only from ten (两家 is prose).
    if (q.chinese) return false;
    if (ORDINAL_BEFORE.test(norm.slice(Math.max(0, q.start - 1), q.start))) return false;
    if (q.unit === '位' && BIT_WIDTH_AFTER.test(after)) return false;
    if (q.unit === '卡' && CARD_CONFIGURATION_AFTER.test(after)) return false;
  }
  if (CLASS_NAME_AFTER.test(after)) return false;
  if (q.kind === 'points') {
    const written = norm.slice(q.signStart, q.end);
    if (Math.abs(q.value) < MIN_BARE_POINTS && !written.includes('.') && !POINTS_CUE_BEFORE.test(norm.slice(Math.max(0, q.leadStart - 12), q.leadStart))) return false;
  }
  return true;
}

/** A bare amount with a magnitude, measured by a money metric (营收13.2亿, 融资150亿): yuan left unwritten. */
function moneyOfMetric(q: Ranged, hit: MetricHit | null): void {
  if (hit && MONEY_METRICS.has(hit.metric) && q.magnitude >= MIN_BARE_COUNT_MAGNITUDE) {
    q.kind = 'money';
    q.unit = 'CNY';
    q.start = q.leadStart;
  }
}

/** A bare number with a magnitude, measured by a metric that counts people or users, is that count. */
function countOfMetric(q: Ranged, hit: MetricHit | null): void {
  // keeps its qualifier (网民超过55亿) now that it stands as a figure
  const unit = hit ? COUNT_METRICS[hit.metric] : undefined;
  if (unit && q.magnitude >= MIN_BARE_COUNT_MAGNITUDE) {
    q.kind = 'count';
    q.unit = unit;
    q.start = q.leadStart;
  }
}

/**
 * The clause's metric for a quantity: one named right after it through 的, else the nearest
 * before its number (share-price metrics first for amounts), else — for a clause opened by a
 * colon — the clause before; a share price with none in its clause takes the sentence's.
 */
function metricFor(norm: string, metrics: readonly MetricHit[], clause: Span, sentence: Span, q: Ranged): MetricHit | null {
  const after = metricAfter(metrics, norm, q.end, clause.end);
  if (after) return after;
  const preferPrice = q.kind === 'money' || q.kind === 'price';
  const before = metricBefore(metrics, clause.start, q.signStart, preferPrice);
  if (before) return before;
  if (COLON.test(norm.slice(Math.max(0, clause.start - 2), clause.start))) {
    return metricBefore(metrics, Math.max(sentence.start, clause.start - COLON_REACH), clause.start, preferPrice);
  }
  if (q.kind === 'price' || (q.kind === 'money' && q.magnitude === 1)) {
    const price = metricBefore(metrics, sentence.start, clause.start, true);
    if (price && PRICE_METRICS.has(price.metric)) return price;
  }
  return null;
}

function isPrice(norm: string, q: Ranged, hit: MetricHit | null, clause: Span): boolean {
  if (hit && PRICE_METRICS.has(hit.metric)) return true;
  if (PER_UNIT.test(norm.slice(clause.start, q.start))) return true;
  return quotesPrice(norm, q);
}

/** The words before an amount quote a share price (报661.5港元, 收于98.6元). */
function quotesPrice(norm: string, q: Ranged): boolean {
  return PRICE_CUE_BEFORE.test(norm.slice(Math.max(0, q.start - PRICE_CUE_REACH), q.start));
}

/** Company mention spans sorted by start, for a forward sweep. */
function companySpans(companies: readonly CompanyHit[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const c of companies) for (const m of c.mentions) spans.push([m.start, m.end]);
  return spans.sort((a, b) => a[0] - b[0]);
}

/** Whether [start, end) overlaps a company mention; queries must come in increasing `start`. */
function mentionSweep(spans: ReadonlyArray<[number, number]>): (start: number, end: number) => boolean {
  let i = 0;
  return (start, end) => {
    while (i < spans.length && spans[i][1] <= start) i++;
    for (let k = i; k < spans.length && spans[k][0] < end; k++) if (spans[k][1] > start) return true;
    return false;
  };
}

