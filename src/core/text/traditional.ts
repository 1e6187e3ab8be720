import traditionalToSimplified from 'opencc-js/dict/TSCharacters';
import { fromCodes } from './normalize';

/**
 * Traditional → simplified Chinese, one character for one character (OpenCC's character
 * table; phrase-level conversions are left out because they change lengths). Lets the
 * dictionary's simplified names and the stages' cue words match 繁體 text at the same offsets.
 */
let table: Uint16Array | null = null;

/** Simplified code unit per traditional one (0: unchanged), for every UTF-16 code unit. */
function characterTable(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(0x10000);
  for (const entry of (traditionalToSimplified as string).split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && from.length === 1 && to.length === 1 && from !== to) table[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  return table;
}

/** Same length as the input: only single UTF-16 characters with a single-character mapping change. */
export function foldTraditional(text: string): string {
  const map = characterTable();
  let i = 0;
  while (i < text.length && map[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  const codes = new Uint16Array(text.length);
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    codes[k] = map[code] || code;
  }
  return fromCodes(codes);
}
