import { aShareExchange, splitCode } from '../codes/exchanges';

/** The markets the quote service and the quote pages cover. */
export type Market = 'a-share' | 'hk' | 'us';
export type Currency = 'CNY' | 'HKD' | 'USD';

export interface ServiceListing {
  /** The listing as the engine writes it: 600519.SH, 00700.HK, NVDA.US. */
  listing: string;
  /** The quote service's code: sh600519, hk00700, usNVDA. */
  serviceCode: string;
  market: Market;
  currency: Currency;
  symbol: string;
}

const US_SYMBOL = /^[A-Z]{1,5}(?:\.[A-Z])?$/;

/** A listing in the quote service's terms, or null for a market it does not cover (Taiwan, Tokyo, Europe …). */
export function serviceListing(listing: string): ServiceListing | null {
  const parts = splitCode(listing);
  if (!parts) return null;
  const { symbol, suffix } = parts;
  if (suffix === 'SH' || suffix === 'SZ' || suffix === 'BJ') {
    if (aShareExchange(symbol) !== suffix) return null;
    return { listing, serviceCode: suffix.toLowerCase() + symbol, market: 'a-share', currency: 'CNY', symbol };
  }
  if (suffix === 'HK' && /^\d{5}$/.test(symbol)) return { listing, serviceCode: `hk${symbol}`, market: 'hk', currency: 'HKD', symbol };
  if (suffix === 'US' && US_SYMBOL.test(symbol)) return { listing, serviceCode: `us${symbol}`, market: 'us', currency: 'USD', symbol };
  return null;
}
