import type { Currency, Market } from './service-code';

/** One listing's quote as the service gave it, checked for consistency. Every number is finite and the price positive. */
export interface Quote {
  listing: string;
  serviceCode: string;
  market: Market;
  currency: Currency;
  /** The service's own name for the listing (plain text, controls removed). */
  name: string;
  price: number;
  previousClose: number;
  change: number;
  changePercent: number;
  /** Market-local time of the quote, `YYYY-MM-DD HH:MM:SS`; null when the line's time field is unreadable. */
  time: string | null;
  /** US only: the symbol with its exchange as the service writes it (NVDA.OQ, BRK.B.N). */
  exchangeCode: string | null;
  /** A-shares only: total market value in 亿元. */
  marketValueYi: number | null;
}
