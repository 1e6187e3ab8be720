export interface Exchange {
  suffix: string;
  /** Chinese name as a reader expects it in a tooltip. */
  name: string;
  short: string;
  pattern: RegExp;
}

/** Canonical code forms by suffix. A-share codes are further checked by board prefix. */
export const EXCHANGES: Record<string, Exchange> = {
  SH: { suffix: 'SH', name: '上海证券交易所', short: '上交所', pattern: /^\d{6}$/ },
  SZ: { suffix: 'SZ', name: '深圳证券交易所', short: '深交所', pattern: /^\d{6}$/ },
  BJ: { suffix: 'BJ', name: '北京证券交易所', short: '北交所', pattern: /^\d{6}$/ },
  HK: { suffix: 'HK', name: '香港交易所', short: '港交所', pattern: /^\d{5}$/ },
  US: { suffix: 'US', name: '美国证券市场', short: '美股', pattern: /^[A-Z]{1,5}(?:\.[A-Z])?$/ },
  KS: { suffix: 'KS', name: '韩国交易所', short: '韩交所', pattern: /^\d{6}$/ },
  KQ: { suffix: 'KQ', name: '韩国科斯达克', short: 'KOSDAQ', pattern: /^\d{6}$/ },
  TW: { suffix: 'TW', name: '台湾证券交易所', short: '台交所', pattern: /^\d{4}$/ },
  T: { suffix: 'T', name: '东京证券交易所', short: '东交所', pattern: /^\d{4}$|^\d{3}[A-Z]$/ },
  DE: { suffix: 'DE', name: '法兰克福证券交易所', short: '德交所', pattern: /^[A-Z0-9]{1,6}$/ },
  PA: { suffix: 'PA', name: '泛欧交易所巴黎', short: '巴黎', pattern: /^[A-Z0-9]{1,6}$/ },
  AS: { suffix: 'AS', name: '泛欧交易所阿姆斯特丹', short: '阿姆斯特丹', pattern: /^[A-Z0-9]{1,6}$/ },
  SW: { suffix: 'SW', name: '瑞士证券交易所', short: '瑞交所', pattern: /^[A-Z0-9]{1,6}$/ },
  L: { suffix: 'L', name: '伦敦证券交易所', short: '伦交所', pattern: /^[A-Z0-9]{1,6}$/ },
};

/** A-share boards by code prefix. */
const A_SHARE_BOARDS: ReadonlyArray<{ prefix: RegExp; exchange: 'SH' | 'SZ' | 'BJ'; board: string }> = [
  { prefix: /^60[0135]/, exchange: 'SH', board: '沪市主板' },
  { prefix: /^68[89]/, exchange: 'SH', board: '科创板' },
  { prefix: /^00[0-3]/, exchange: 'SZ', board: '深市主板' },
  { prefix: /^30[012]/, exchange: 'SZ', board: '创业板' },
  { prefix: /^(43|8[3-8]|92)/, exchange: 'BJ', board: '北交所' },
];

/** The exchange of a 6-digit A-share code, from its board prefix; null if no board uses it. */
export function aShareExchange(digits: string): 'SH' | 'SZ' | 'BJ' | null {
  if (!/^\d{6}$/.test(digits)) return null;
  return A_SHARE_BOARDS.find((b) => b.prefix.test(digits))?.exchange ?? null;
}

export function aShareBoard(digits: string): string | null {
  if (!/^\d{6}$/.test(digits)) return null;
  return A_SHARE_BOARDS.find((b) => b.prefix.test(digits))?.board ?? null;
}

export function splitCode(code: string): { symbol: string; suffix: string } | null {
  const dot = code.lastIndexOf('.');
  if (dot <= 0) return null;
  return { symbol: code.slice(0, dot), suffix: code.slice(dot + 1) };
}

/** True for a well-formed canonical code (A-share codes must sit on a real board). */
export function isValidCode(code: string): boolean {
  const parts = splitCode(code);
  if (!parts) return false;
  const exchange = EXCHANGES[parts.suffix];
  if (!exchange || !exchange.pattern.test(parts.symbol)) return false;
  if (parts.suffix === 'SH' || parts.suffix === 'SZ' || parts.suffix === 'BJ') {
    return aShareExchange(parts.symbol) === parts.suffix;
  }
  return true;
}

export function exchangeOf(code: string): Exchange | null {
  const parts = splitCode(code);
  return parts ? (EXCHANGES[parts.suffix] ?? null) : null;
}

/** Human label for a code: "688316.SH 上交所 科创板". */
export function describeCode(code: string): string {
  const parts = splitCode(code);
  const exchange = exchangeOf(code);
  if (!parts || !exchange) return code;
  const board = parts.suffix === 'SH' || parts.suffix === 'SZ' || parts.suffix === 'BJ' ? aShareBoard(parts.symbol) : null;
  return [code, exchange.short, board].filter(Boolean).join(' ');
}
