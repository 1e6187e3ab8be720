import type { Doc } from '../text/doc';
import { aShareExchange, exchangeOf, isValidCode } from './exchanges';

/** A stock code written in the text, before it is linked to a company. */
export interface CodeCandidate {
  code: string;
  start: number;
  end: number;
  /**
   * Where a company name written right before this code would end: the opening bracket of
   * "青云科技（688316.SH）" or "$贵州茅台(SH600519)$". Null when the code stands alone.
   */
  nameEnd: number | null;
}

type Canonicalise = (m: RegExpExecArray) => string | null;

const NOT_BEFORE = String.raw`(?<![A-Za-z0-9.])`;
const NOT_AFTER = String.raw`(?![A-Za-z0-9])`;

const aShare = (digits: string, suffix?: string): string | null => {
  const exchange = aShareExchange(digits);
  if (!exchange) return null;
  const given = suffix?.toUpperCase().replace('SS', 'SH');
  return given && given !== exchange ? null : `${digits}.${exchange}`;
};
const hongKong = (digits: string): string => `${digits.padStart(5, '0')}.HK`;

/** Each written form of a code, and how to turn a match into the canonical code. */
/** `spanGroup`: the group that is the code itself, where the match also takes in a label. */
const CODE_FORMS: ReadonlyArray<{ pattern: RegExp; canonical: Canonicalise; spanGroup?: number }> = [
  // 688316.SH, 600519.SS, 000001.sz, 430047.BJ
  { pattern: new RegExp(`${NOT_BEFORE}(\\d{6})\\.(SH|SS|SZ|BJ)${NOT_AFTER}`, 'gi'), canonical: (m) => aShare(m[1], m[2]) },
  // SH600519, sz000001, Xueqiu's $贵州茅台(SH600519)$
  { pattern: /(?<![A-Za-z0-9])(SH|SZ|BJ)(\d{6})(?!\d)/gi, canonical: (m) => aShare(m[2], m[1]) },
  // 00700.HK, 0700.HK
  { pattern: new RegExp(`${NOT_BEFORE}(\\d{4,5})\\.HK${NOT_AFTER}`, 'gi'), canonical: (m) => hongKong(m[1]) },
  // HK00700, HK.00700, HK:0700
  { pattern: /(?<![A-Za-z0-9])HK[.:：]?(\d{4,5})(?!\d)/g, canonical: (m) => hongKong(m[1]) },
  // 港股代码：00700, 港股代码 0700
  { pattern: /港股(?:代码|代號|编号)\s*[:：]?\s*(\d{4,5})(?!\d)/dg, canonical: (m) => hongKong(m[1]), spanGroup: 1 },
  // 股票代码：688316, 证券代码 300846, A股代码：600941
  { pattern: /(?:股票|证券|A股|股份)?(?:代码|代號)\s*[:：]?\s*(\d{6})(?!\d)/dg, canonical: (m) => aShare(m[1]), spanGroup: 1 },
  // NVDA.US, NVDA.O, BABA.N, PDD.OQ
  { pattern: new RegExp(`${NOT_BEFORE}([A-Z]{1,5})\\.(US|O|OQ|N)${NOT_AFTER}`, 'g'), canonical: (m) => `${m[1]}.US` },
  // NASDAQ: NVDA, NYSE:BABA, 纳斯达克代码：NVDA, 美股代码 PDD
  {
    pattern: /(?:NASDAQ|Nasdaq|NYSE|纳斯达克|纽交所|美股)(?:代码)?\s*[:：]\s*([A-Z]{1,5})(?![A-Za-z0-9])/dg,
    canonical: (m) => `${m[1]}.US`,
    spanGroup: 1,
  },
  // 005930.KS, 2330.TW, 7203.T, ASML.AS, SAP.DE
  {
    pattern: new RegExp(`${NOT_BEFORE}(\\d{6}\\.K[SQ]|\\d{4}\\.TW|\\d{4}\\.T|[A-Z]{1,6}\\.(?:DE|PA|AS|SW|L))${NOT_AFTER}`, 'g'),
    canonical: (m) => m[1],
  },
  // 青云科技（688316）, 腾讯控股(00700): a bare number in brackets right after a name
  {
    pattern: /(?<=[\p{Script=Han}A-Za-z][\s]?[（(]\s*)(\d{6}|0\d{4})(?=\s*[)）])/gu,
    canonical: (m) => (m[1].length === 6 ? aShare(m[1]) : hongKong(m[1])),
  },
];

const OPEN_BRACKETS = '（(【[';
const CLOSE_OR_STOP = /[)）】\]。！？；\n]/;
/** What may stand between an opening bracket and the code inside it: other codes, labels, separators. */
const INSIDE_BRACKET_BEFORE_CODE = /^[\sA-Za-z0-9.:：、,，/;；$]*(?:股票|证券|港股|美股|A股|H股|纳斯达克|纽交所)?(?:代码|代號)?[\s:：]*$/;
const MAX_BRACKET_REACH = 40;

/** Offset of the bracket that opens the group this code sits in, if a name could precede it. */
function bracketBefore(text: string, start: number): number | null {
  for (let i = start - 1; i >= 0 && start - i <= MAX_BRACKET_REACH; i--) {
    const ch = text[i];
    if (OPEN_BRACKETS.includes(ch)) {
      return INSIDE_BRACKET_BEFORE_CODE.test(text.slice(i + 1, start)) ? i : null;
    }
    if (CLOSE_OR_STOP.test(ch)) return null;
  }
  return null;
}

/** Finds every stock code in the document, canonicalised and validated. */
export function findCodes(doc: Doc): CodeCandidate[] {
  const found: CodeCandidate[] = [];
  for (const form of CODE_FORMS) {
    form.pattern.lastIndex = 0;
    for (let m = form.pattern.exec(doc.norm); m; m = form.pattern.exec(doc.norm)) {
      const code = form.canonical(m);
      if (!code || !isValidCode(code) || !exchangeOf(code)) continue;
      const [start, end] = form.spanGroup && m.indices ? m.indices[form.spanGroup]! : [m.index, m.index + m[0].length];
      found.push({ code, start, end, nameEnd: bracketBefore(doc.norm, start) });
    }
  }
  return removeOverlaps(found);
}

function removeOverlaps(candidates: CodeCandidate[]): CodeCandidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: CodeCandidate[] = [];
  for (const c of candidates) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    kept.push(c);
  }
  return kept;
}
