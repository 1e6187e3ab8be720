const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

/**
 * Folds full-width ASCII (digits, letters, ％, ．, ：…) and the ideographic space to their
 * half-width forms. Every character maps to exactly one character, so offsets into the
 * result are offsets into the input.
 */
export function foldWidth(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= FULLWIDTH_START && c <= FULLWIDTH_END) {
      out += String.fromCharCode(c - FULLWIDTH_OFFSET);
      changed = true;
    } else if (c === IDEOGRAPHIC_SPACE) {
      out += ' ';
      changed = true;
    } else {
      out += text[i];
    }
  }
  return changed ? out : text;
}

/** ASCII-only lower-casing: keeps the length, leaves every non-ASCII character alone. */
export function lowerAscii(text: string): string {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

export const isLatinOrDigit = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9]/.test(ch);
export const isHan = (ch: string | undefined): boolean => ch !== undefined && /\p{Script=Han}/u.test(ch);
