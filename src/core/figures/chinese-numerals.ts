/** Parsing of the numbers news text writes: Arabic (1,234.5), Chinese (三千亿, 十二万), and mixes (3.5万亿). */

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const WAN = 1e4;
const YI = 1e8;

/** Magnitude words written after a number, with their multipliers. */
export const MAGNITUDES: Record<string, number> = {
  万亿: 1e12,
  千亿: 1e11,
  百亿: 1e10,
  十亿: 1e9,
  千万: 1e7,
  百万: 1e6,
  十万: 1e5,
  万: WAN,
  亿: YI,
  千: 1e3,
};

/** Rounds away binary noise (13.2 × 1e8 → 1320000000), keeping 15 significant digits. */
export function clean(value: number): number {
  // Most values in base units are whole (money): one nearer to a whole number than half a unit of
  // its 15th digit (|value| × 5e-16 is always less) rounds to it, with no string round trip.
  const whole = Math.round(value);
  if (whole !== 0 && Math.abs(whole) < 1e15 && Math.abs(value - whole) < Math.abs(value) * 5e-16) return whole;
  return Number(value.toPrecision(15));
}

/** "1,234.5" → 1234.5; null when it is not an Arabic number. */
export function parseArabic(text: string): number | null {
  const s = text.replace(/,/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/** 三千亿 → 3e11, 十二万 → 120000, 一万二千 → 12000, 二〇二四 → 2024, 三点五 → 3.5; null if not a numeral. */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  const [intPart, fracPart, extra] = text.split('点');
  if (extra !== undefined) return null;
  let total = 0;
  let section = 0;
  let number = 0;
  let prevDigit = false;
  for (const ch of intPart) {
    if (ch in CN_DIGITS) {
      number = prevDigit ? number * 10 + CN_DIGITS[ch] : CN_DIGITS[ch];
      prevDigit = true;
    } else if (ch in CN_SMALL_UNITS) {
      section += (number || 1) * CN_SMALL_UNITS[ch];
      number = 0;
      prevDigit = false;
    } else if (ch === '万') {
      section = (section + number || 1) * WAN;
      number = 0;
      prevDigit = false;
    } else if (ch === '亿') {
      total = (total + section + number || 1) * YI;
      section = 0;
      number = 0;
      prevDigit = false;
    } else {
      return null;
    }
  }
  let value = total + section + number;
  if (fracPart !== undefined) {
    if (fracPart.length === 0) return null;
    let digits = '';
    for (const ch of fracPart) {
      if (!(ch in CN_DIGITS)) return null;
      digits += CN_DIGITS[ch];
    }
    value += Number(`0.${digits}`);
  }
  return clean(value);
}

/** A number as written, Arabic or Chinese, with an optional trailing magnitude (3.5万亿, 1,200万). */
export function parseNumber(text: string): number | null {
  const s = text.replace(/\s+/g, '');
  const m = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(万亿|千亿|百亿|十亿|千万|百万|十万|万|亿|千)?$/.exec(s);
  if (m) {
    const base = parseArabic(m[1]);
    return base === null ? null : clean(base * (m[2] ? MAGNITUDES[m[2]] : 1));
  }
  return parseChineseNumeral(s);
}
