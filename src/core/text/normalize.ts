const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;
const MIDDLE_DOT = 0x00b7;
/** Dots that separate the parts of a transliterated name (萨提亚•纳德拉, 卡莉・费尔斯通), all read as ·. */
const NAME_DOTS = new Set([0x2022, 0x30fb, 0xff65, 0x2027, 0x2219, 0x22c5]);

/**
 * Folds full-width ASCII (digits, letters, ％, ．, ：…) and the ideographic space to their
 * half-width forms, and the dots written between the parts of a foreign name to ·. Every character maps to exactly one character, so offsets into the
 * result are offsets into the input.
 */
export function foldWidth(text: string): string {
  let i = 0;
  while (i < text.length && !isWideForm(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  const codes = new Uint16Array(text.length);
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    codes[k] = c >= FULLWIDTH_START && c <= FULLWIDTH_END ? c - FULLWIDTH_OFFSET : c === IDEOGRAPHIC_SPACE ? 0x20 : NAME_DOTS.has(c) ? MIDDLE_DOT : c;
  }
  return fromCodes(codes);
}

const isWideForm = (c: number) => (c >= FULLWIDTH_START && c <= FULLWIDTH_END) || c === IDEOGRAPHIC_SPACE || NAME_DOTS.has(c);

const UTF16 = new TextDecoder('utf-16le');

/** The string of UTF-16 code units (a lone surrogate becomes U+FFFD: still one unit, so offsets hold). */
export function fromCodes(codes: Uint16Array): string {
  return UTF16.decode(codes);
}

/** ASCII-only lower-casing: keeps the length, leaves every non-ASCII character alone. */
export function lowerAscii(text: string): string {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

export const isLatinOrDigit = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9]/.test(ch);
export const isHan = (ch: string | undefined): boolean => ch !== undefined && /\p{Script=Han}/u.test(ch);
