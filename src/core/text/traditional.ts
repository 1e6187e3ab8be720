import traditionalToSimplified from 'opencc-js/dict/TSCharacters';

/**
 * Traditional → simplified Chinese, one character for one character (OpenCC's character
 * table; phrase-level conversions are left out because they change lengths). Lets the
 * dictionary's simplified names and the stages' cue words match 繁體 text at the same offsets.
 */
let table: Map<string, string> | null = null;

function characterTable(): Map<string, string> {
  if (table) return table;
  table = new Map();
  for (const entry of (traditionalToSimplified as string).split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && from.length === 1 && to.length === 1 && from !== to) table.set(from, to);
  }
  return table;
}

/** Same length as the input: only single UTF-16 characters with a single-character mapping change. */
export function foldTraditional(text: string): string {
  const map = characterTable();
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const to = map.get(text[i]);
    if (to) {
      out += to;
      changed = true;
    } else out += text[i];
  }
  return changed ? out : text;
}
