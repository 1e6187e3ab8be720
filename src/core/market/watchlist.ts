import { aShareExchange, isValidCode, splitCode } from '../codes/exchanges';

/** The watchlist (自选): listing codes, in the order they were added. Kept in storage.sync under this key. */
export const WATCHLIST_KEY = 'watchlist';
/** storage.sync holds at most 8 KB per item: 500 codes of up to 12 characters fit well inside. */
export const MAX_WATCHLIST = 500;

/** A code in any form a reader types or a list holds (600519.SH, sh600519, 600519, hk00700, 700.HK, NVDA.US, usNVDA) → canonical, or null. */
export function canonicalCode(input: string): string | null {
  const s = input.trim().toUpperCase();
  if (!s) return null;
  const prefixed = /^(SH|SZ|BJ|HK|US)([A-Z0-9.]+)$/.exec(s);
  const candidate = prefixed ? `${prefixed[2]}.${prefixed[1]}` : /^\d{6}$/.test(s) ? `${s}.${aShareExchange(s) ?? ''}` : s;
  const parts = splitCode(candidate);
  if (parts?.suffix === 'HK' && /^\d{1,5}$/.test(parts.symbol)) return `${parts.symbol.padStart(5, '0')}.HK`;
  return isValidCode(candidate) ? candidate : null;
}

/** Any stored value → a valid watchlist: not a list, or entries that are not codes, give way to what can be kept. */
export function validateWatchlist(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const out: string[] = [];
  for (const item of raw) {
    const code = typeof item === 'string' ? canonicalCode(item) : null;
    if (code && !out.includes(code)) out.push(code);
    if (out.length >= MAX_WATCHLIST) break;
  }
  return out;
}

/** A plain list of codes (one per line, or separated by commas or spaces) → the codes it holds and what was not a code. */
export function parseCodeList(text: string): { codes: string[]; rejected: string[] } {
  const codes: string[] = [];
  const rejected: string[] = [];
  for (const token of text.split(/[\s,，;；、]+/)) {
    if (!token) continue;
    const code = canonicalCode(token);
    if (!code) rejected.push(token.slice(0, 40));
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, rejected };
}

export const exportCodeList = (codes: readonly string[]): string => codes.map((c) => `${c}\n`).join('');

/** The list with the codes added at the end (those already in it stay where they are), capped. */
export function addCodes(list: readonly string[], codes: readonly string[]): string[] {
  return validateWatchlist([...list, ...codes]);
}

export const removeCodes = (list: readonly string[], codes: readonly string[]): string[] => list.filter((c) => !codes.includes(c));

/** A company is on the watchlist when any of its listings is. */
export const isWatched = (list: readonly string[], codes: readonly string[]): boolean => codes.some((c) => list.includes(c));

/** Starring a company adds its first listing; unstarring removes all of its listings. */
export function toggleCompany(list: readonly string[], codes: readonly string[]): string[] {
  if (!codes.length) return [...list];
  return isWatched(list, codes) ? removeCodes(list, codes) : addCodes(list, [codes[0]]);
}
