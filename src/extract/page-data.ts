/**
 * Reads the object literal assigned to `window.DATA` / `window.initData` in a page's inline
 * scripts without running them: the literal is cut out by bracket matching and parsed as
 * JSON; where the site writes a JavaScript literal JSON cannot read, single string fields
 * are read by pattern instead. Page scripts are never evaluated.
 */
export type PageData = Record<string, unknown>;

export function readAssignedObject(scripts: Iterable<string>, variable: string): PageData | null {
  const assignment = new RegExp(`window\\.${variable}\\s*=\\s*\\{`);
  for (const source of scripts) {
    const m = assignment.exec(source);
    if (!m) continue;
    const open = m.index + m[0].length - 1;
    const literal = cutBalanced(source, open);
    if (!literal) continue;
    try {
      const parsed: unknown = JSON.parse(literal);
      if (parsed && typeof parsed === 'object') return parsed as PageData;
    } catch {
      return readStringFields(literal);
    }
  }
  return null;
}

function cutBalanced(source: string, open: number): string | null {
  let depth = 0;
  let quote: string | null = null;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return source.slice(open, i + 1);
  }
  return null;
}

const STRING_FIELD = /["']?([A-Za-z_$][\w$]*)["']?\s*:\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')/g;

function readStringFields(literal: string): PageData {
  const data: PageData = {};
  for (const m of literal.matchAll(STRING_FIELD)) {
    const key = m[1];
    if (key in data) continue;
    const json = m[2] !== undefined ? m[2] : (m[3] ?? '').replace(/\\'/g, "'").replace(/(^|[^\\])"/g, '$1\\"');
    try {
      data[key] = JSON.parse(`"${json}"`);
    } catch {
      data[key] = m[2] ?? m[3] ?? '';
    }
  }
  return data;
}

export function stringField(data: PageData | null, ...keys: string[]): string | null {
  if (!data) return null;
  for (const key of keys) {
    const value = data[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'number' && key.includes('time')) return String(value);
  }
  return null;
}
