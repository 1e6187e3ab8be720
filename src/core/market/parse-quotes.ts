import { isUsExchangeCode } from './quote-link';
import type { Quote } from './quote';
import type { ServiceListing } from './service-code';

/** One `v_<code>="…";` line; a line cut off before its closing quote does not match. */
const LINE = /v_([A-Za-z0-9_.]{2,24})="([^"\r\n]*)"/g;
const NUMBER = /^-?\d{1,12}(?:\.\d{1,6})?$/;
const COMPACT_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;
const SPACED_TIME = /^(\d{4})[/-](\d{2})[/-](\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;
const MAX_NAME = 32;

/** Field positions shared by A-share and Hong Kong lines; US lines share 1–4 and 30–32. */
const F = { name: 1, code: 2, price: 3, previousClose: 4, time: 30, change: 31, changePercent: 32, marketValue: 45 } as const;
const A_HK_MIN_FIELDS = 35;
const US_MIN_FIELDS = 33;

const num = (s: string | undefined): number | null => (s !== undefined && NUMBER.test(s.trim()) ? Number(s.trim()) : null);

function quoteTime(field: string | undefined): string | null {
  const m = COMPACT_TIME.exec(field?.trim() ?? '') ?? SPACED_TIME.exec(field?.trim() ?? '');
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  if (+mo < 1 || +mo > 12 || +d < 1 || +d > 31 || +h > 23 || +mi > 59 || +s > 59) return null;
  return `${y}-${mo}-${d} ${h}:${mi}:${s}`;
}

/** Price, previous close and change must tell the same story (to the cent); otherwise the line is not believed. */
function consistent(price: number, previousClose: number, change: number, changePercent: number): boolean {
  const tolerance = Math.max(0.011, price * 0.002);
  if (Math.abs(price - previousClose - change) > tolerance) return false;
  return Math.abs((change / previousClose) * 100 - changePercent) <= 0.06;
}

function parseLine(fields: string[], listing: ServiceListing): Quote | null {
  const isUs = listing.market === 'us';
  if (fields.length < (isUs ? US_MIN_FIELDS : A_HK_MIN_FIELDS)) return null;
  if (!/^\d{1,4}$/.test(fields[0])) return null;
  const price = num(fields[F.price]);
  const previousClose = num(fields[F.previousClose]);
  const changePercent = num(fields[F.changePercent]);
  // A price of 0 is the service's "no quote" (suspended, not yet listed).
  if (price === null || price <= 0 || previousClose === null || previousClose <= 0 || changePercent === null) return null;
  const code = fields[F.code].trim();
  let exchangeCode: string | null = null;
  if (isUs) {
    if (code !== listing.symbol && !(isUsExchangeCode(code) && code.startsWith(listing.symbol + '.'))) return null;
    exchangeCode = code === listing.symbol ? null : code;
  } else if (code !== listing.symbol) return null;
  const stated = num(fields[F.change]);
  const change = stated ?? (isUs ? Math.round((price - previousClose) * 10_000) / 10_000 : null);
  if (change === null || !consistent(price, previousClose, change, changePercent)) return null;
  const value = listing.market === 'a-share' ? num(fields[F.marketValue]) : null;
  return {
    listing: listing.listing,
    serviceCode: listing.serviceCode,
    market: listing.market,
    currency: listing.currency,
    name: fields[F.name].replace(CONTROLS, '').trim().slice(0, MAX_NAME),
    price,
    previousClose,
    change,
    changePercent,
    time: quoteTime(fields[F.time]),
    exchangeCode,
    marketValueYi: value !== null && value > 0 ? value : null,
  };
}

/**
 * The quotes in a response body (already decoded from GBK), for the listings that were asked for: each listing's
 * quote, or null when its line is missing, cut short, unknown to the service (`v_pv_none_match="1";`), without a
 * price, or inconsistent. Text from the service is never trusted further than these checks.
 */
export function parseQuotes(body: string, requested: readonly ServiceListing[]): Map<string, Quote | null> {
  const lines = new Map<string, string[]>();
  for (const m of body.matchAll(LINE)) lines.set(m[1].toLowerCase(), m[2].split('~'));
  const out = new Map<string, Quote | null>();
  for (const listing of requested) {
    const fields = lines.get(listing.serviceCode.toLowerCase());
    out.set(listing.listing, fields ? parseLine(fields, listing) : null);
  }
  return out;
}
