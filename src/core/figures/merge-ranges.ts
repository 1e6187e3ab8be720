import { clean } from './chinese-numerals';
import type { Quantity } from './scan-quantities';

/** What may stand between the two ends of a range: 13.2亿元—14.4亿元, 3至5倍, 10%到15%, 5~8%. */
const RANGE_SEPARATOR = /^[ \t]*(?:——|—|–|-|~|～|至|到)[ \t]*$/;
const BLANK = /^[ \t]*$/;

/** A quantity, possibly the two ends of a range (`high` set). */
export interface Ranged extends Quantity {
  high: number | null;
}

/**
 * Joins "low – high" pairs into one quantity. The low end may be bare ("3至5倍", "20-30亿元"):
 * it then takes the high end's unit, and its magnitude when it wrote none. A '-' read as the
 * high end's sign is the separator when it follows the low end directly.
 */
export function mergeRanges(norm: string, items: Quantity[]): Ranged[] {
  const out: Ranged[] = [];
  for (let i = 0; i < items.length; i++) {
    const a = items[i];
    const b = items[i + 1];
    if (b && b.kind && joinable(norm, a, b)) {
      const dashIsSign = b.negative && BLANK.test(norm.slice(a.end, b.signStart)) && b.start === b.signStart;
      const high = dashIsSign ? -b.value : b.value;
      let low = a.kind ? a.value : clean(a.value * (a.magnitude === 1 ? b.magnitude : 1));
      // 20至30个基点: the bare low end is in basis points too.
      if (!a.kind && b.kind === 'pct_point' && norm.slice(b.start, b.end).includes('基点')) low = clean(low / 100);
      out.push({
        ...b,
        // One end written per unit makes the range a price (每股18.6港元至22.4港元, 0.05元至0.08元/千瓦时).
        kind: a.kind === 'price' || b.kind === 'price' ? 'price' : b.kind,
        start: a.kind ? a.start : a.leadStart,
        leadStart: a.leadStart,
        signStart: a.signStart,
        negative: a.negative,
        value: low,
        high,
        approx: a.approx || b.approx,
        perUnit: a.perUnit || b.perUnit,
        chinese: a.chinese && b.chinese,
      });
      i++;
      continue;
    }
    out.push({ ...a, high: null });
  }
  return out;
}

/** Longest gap a range separator with its spaces can fill. */
const MAX_SEPARATOR = 12;

function joinable(norm: string, a: Quantity, b: Quantity): boolean {
  if (b.start - a.end > MAX_SEPARATOR) return false;
  if (a.kind && (!sameKind(a, b) || a.unit !== b.unit || a.noun !== null)) return false;
  if (!a.kind && a.magnitude !== 1 && b.magnitude === 1 && b.kind !== 'count') return false;
  if (b.negative && b.start === b.signStart && BLANK.test(norm.slice(a.end, b.signStart))) return true;
  return RANGE_SEPARATOR.test(norm.slice(a.end, b.start));
}

/** Ends of one range: the same kind, or an amount and a price of the same currency. */
function sameKind(a: Quantity, b: Quantity): boolean {
  if (a.kind === b.kind) return true;
  return (a.kind === 'money' && b.kind === 'price') || (a.kind === 'price' && b.kind === 'money');
}
