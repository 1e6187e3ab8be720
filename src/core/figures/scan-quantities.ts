import type { FigureKind } from '../types';
import { MAGNITUDES, clean, parseArabic, parseChineseNumeral } from './chinese-numerals';
import { CLASSIFIERS, COUNT_NOUNS, CURRENCY_SIGNS, CURRENCY_WORDS, NOT_CHENG_AFTER, NOT_YUAN_AFTER, PER_UNITS, PHYSICAL_UNITS } from './units';

/** One quantity as written: a number with whatever qualifier, sign, magnitude and unit stand at it. */
export interface Quantity {
  /** Span of the whole quantity, qualifiers included, as offsets into the text. */
  start: number;
  end: number;
  /** Where the qualifiers before the number start (每股, 约…); `start` unless the number is bare. */
  leadStart: number;
  /** Where the sign (if any) or else the number starts: a range's '-' may be read as a sign. */
  signStart: number;
  negative: boolean;
  /** Signed value in base units (magnitude applied). */
  value: number;
  /** The magnitude multiplier written (1 when none): 13.2亿 → 1e8. */
  magnitude: number;
  /** Null for a bare number, which only counts as the low end of a range. */
  kind: FigureKind | null;
  unit: string;
  approx: boolean;
  /** Written as a price: 元/股, 每股…, 元/吨. */
  perUnit: boolean;
  /** Counted noun after the span (人口, 用户…), a metric fallback. */
  noun: string | null;
  /** Written as a Chinese numeral without magnitude (十家, 两成). */
  chinese: boolean;
}

const ARABIC = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const CN_NUMERAL = String.raw`[零〇一二两三四五六七八九十百千万亿]*[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*(?:点[零〇一二三四五六七八九]+)?`;
/** 千 before 瓦, 克 or 米 belongs to the unit (6千瓦, 50千克), not the number. */
const MAGNITUDE = '万亿|千亿|百亿|十亿|千万|百万|十万|万|亿|千(?![瓦克米])';
const BARE_MAGNITUDE = '万亿|千亿|百亿|十亿|千万|百万|十万|万|亿';
/** Qualifiers before a number; single characters only where they do not end a word (签约, 最近, 赶超). */
const PRE_APPROX = '不超过|不低于|不少于|不足|不到|大约|将近|接近|超过|(?<![签合预节制公条契和简隐])约|(?<![最将接附靠邻])近|(?<![赶])超|逾';
const POST_APPROX = '左右|以上|以下|以内|上下';
const INFIX_APPROX = '多|余';
const escape = (s: string) => s.replace(/[$.*+?()[\]{}|^\\/]/g, '\\$&');
const CURRENCY = CURRENCY_WORDS.map(([w]) => (w === '元' ? `元(?!${NOT_YUAN_AFTER})` : w)).join('|');
const SIGNS = Object.keys(CURRENCY_SIGNS).map(escape).join('|');
const NOUNS = Object.keys(COUNT_NOUNS).join('|');
const CLASSIFIER = CLASSIFIERS.map(([w, not]) => (not ? `${w}(?!${not})` : w)).join('|');
const CURRENCY_UNIT = new Map(CURRENCY_WORDS);
const PHYSICAL = PHYSICAL_UNITS.map(escape).join('|');
/** Physical units in Latin letters may touch their number (475GWh), though other letters may not (671B, H20). */
const LATIN_UNIT = `(?:${PHYSICAL_UNITS.filter((u) => /^[A-Za-z]/.test(u)).map(escape).join('|')})(?![A-Za-z])`;
/** 点 of an index level or move, not of a clock (3点钟, 10点30分, 8点半) or a word (点评, 点位 aside). */
const POINTS = '点(?![钟半整\\d多评赞击名燃亮])';

/** Chars before a bare magnitude that let it stand for "one" of it (突破万亿美元, 超万卡). */
const BARE_MAGNITUDE_CUES = /[破达至过超近逾约]$/;

/**
 * One pass over the width-folded text. Arabic numbers may not touch Latin letters or digits
 * (H20, 671B, GPT-4o, 20:15); Chinese numerals may not follow 第/周/初 (ordinals, weekdays).
 */
const QUANTITY = new RegExp(
  [
    `(?=[每百大将接超约近逾不\\-−+$¥￥€£UH0-9零〇一二两三四五六七八九十千万亿])`,
    `(?<lead>每股)?`,
    `(?<pre>${PRE_APPROX})?`,
    `(?<sign>(?<![A-Za-z0-9])[-−+])?`,
    `(?<sym>${SIGNS})?`,
    `(?<pctw>百分之)?`,
    `(?:(?<ar>(?<![A-Za-z0-9._/]|[A-Za-z]-|\\d:)(?:${ARABIC}))(?!(?!${LATIN_UNIT})[A-Za-z0-9]|\\.\\d)`,
    `|(?<cn>(?<![第周初期拜礼])${CN_NUMERAL})`,
    `|(?<bare>${BARE_MAGNITUDE}))`,
    `(?<infix>${INFIX_APPROX})?`,
    `(?:[ \\t]?(?<mag>${MAGNITUDE}))?`,
    `(?<infix2>${INFIX_APPROX})?`,
    `(?<space>[ \\t])?`,
    `(?:(?<cur>${CURRENCY})(?:(?<per>/股|每股)|/(?<perOther>${PER_UNITS}))?`,
    `|(?<pp>个百分点|百分点)`,
    `|(?<bp>个基点|基点)`,
    `|(?<pct>%)`,
    `|(?<mult>倍(?!数|率))`,
    `|(?<qty>${PHYSICAL})(?![A-Za-z])`,
    `|(?<pts>${POINTS})`,
    `|(?<noun>${NOUNS})`,
    `|(?<cls>${CLASSIFIER})`,
    `|(?<cheng>成(?!${NOT_CHENG_AFTER}|不))`,
    `)?`,
    `(?<post>${POST_APPROX})?`,
  ].join(''),
  'g',
);

type Groups = Record<string, string | undefined>;

function numberOf(g: Groups): { base: number; magnitude: number } | null {
  if (g.ar) {
    const base = parseArabic(g.ar);
    return base === null ? null : { base, magnitude: g.mag ? MAGNITUDES[g.mag] : 1 };
  }
  if (g.cn) {
    const base = parseChineseNumeral(g.cn);
    return base === null ? null : { base, magnitude: 1 };
  }
  return { base: 1, magnitude: MAGNITUDES[g.bare!] };
}

function kindOf(g: Groups): { kind: FigureKind | null; unit: string } {
  if (g.pctw) return { kind: 'percent', unit: '%' };
  const price = !!(g.lead || g.per || g.perOther);
  if (g.cur) return { kind: price ? 'price' : 'money', unit: CURRENCY_UNIT.get(g.cur)! };
  if (g.sym) return { kind: price ? 'price' : 'money', unit: CURRENCY_SIGNS[g.sym] };
  if (g.pp || g.bp) return { kind: 'pct_point', unit: 'pp' };
  if (g.pct) return { kind: 'percent', unit: '%' };
  if (g.mult) return { kind: 'multiple', unit: 'x' };
  if (g.qty) return { kind: 'quantity', unit: g.qty };
  if (g.pts) return { kind: 'points', unit: '点' };
  if (g.noun) return { kind: 'count', unit: COUNT_NOUNS[g.noun] };
  if (g.cls) return { kind: 'count', unit: g.cls };
  if (g.cheng) return { kind: 'percent', unit: '%' };
  return { kind: null, unit: '' };
}

/** Every quantity in `norm`, left to right, non-overlapping; bare numbers included. */
export function scanQuantities(norm: string): Quantity[] {
  const out: Quantity[] = [];
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(norm); m; m = QUANTITY.exec(norm)) {
    const g = m.groups as Groups;
    const q = toQuantity(norm, m, g);
    if (q) out.push(q);
  }
  return out;
}

function toQuantity(norm: string, m: RegExpExecArray, g: Groups): Quantity | null {
  const num = numberOf(g);
  if (!num) return null;
  let { kind, unit } = kindOf(g);
  const chinese = !!g.cn && !g.mag && !/[万亿]/.test(g.cn);
  const magnitude = g.cn ? 1 : num.magnitude;
  let base = num.base;

  // A magnitude alone is an amount only with a currency and a word before it (近亿元, 突破万亿美元).
  if (g.bare && !((g.cur || g.sym) && (g.pre || BARE_MAGNITUDE_CUES.test(norm.slice(Math.max(0, m.index - 1), m.index))))) {
    return null;
  }
  // Points of an index are written in Arabic digits: 一点, 两点 are words and times.
  if (g.pts && !g.ar) return null;
  if (g.bp) base /= 100; // 25个基点 = 0.25 percentage points
  if (g.cheng) {
    if (!g.cn || base > 10) return null;
    base *= 10;
  }
  if (g.pctw && (g.cur || g.pct || g.cls || g.noun)) kind = null;
  // 一元, 两元: a Chinese digit with 元 is prose far more often than money.
  if (kind === 'money' && chinese && base < 10) return null;

  const signStart = m.index + (g.lead ?? '').length + (g.pre ?? '').length;
  let start = m.index;
  let end = m.index + m[0].length;
  if (g.noun) end -= g.noun.length + (g.post ?? '').length;
  if (!kind) {
    // A bare number keeps no qualifier: its span is the number (and magnitude) alone.
    start = signStart;
    end -= (g.post ?? '').length + (g.space ?? '').length;
  }
  const negative = g.sign === '-' || g.sign === '−';

  return {
    start,
    end,
    leadStart: m.index,
    signStart,
    negative,
    value: clean((negative ? -1 : 1) * base * magnitude),
    magnitude,
    kind,
    unit: kind ? unit : '',
    approx: !!(g.pre || g.post || g.infix || g.infix2),
    perUnit: !!(g.lead || g.per || g.perOther),
    noun: g.noun ?? null,
    chinese,
  };
}
