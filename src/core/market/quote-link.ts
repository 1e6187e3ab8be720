import { serviceListing } from './service-code';

const QUOTE_PAGE = 'https://gu.qq.com/';
/** The code field of a US quote line: the symbol and its exchange (NVDA.OQ, BABA.N, BRK.B.N). */
const US_EXCHANGE_CODE = /^([A-Z]{1,5}(?:\.[A-Z])?)\.(OQ|N|AM|PS|OTC)$/;

/**
 * The listing's quote page on gu.qq.com (the quote site of the pages CaiZhu reads): gu.qq.com/sh600519, /sz300750,
 * /bj920xxx, /hk00700, /usNVDA.OQ. A US page is named with the exchange the quote service reports (`usExchangeCode`,
 * e.g. from a cached quote). Without it the bare symbol is used (gu.qq.com/usNVDA, a form the site answers too):
 * guessing a suffix would send every NYSE listing (BABA.N, BRK.B.N) to a page that does not exist.
 * Null where gu.qq.com has no page (markets the service does not cover).
 */
export function quotePageUrl(listing: string, usExchangeCode?: string | null): string | null {
  const service = serviceListing(listing);
  if (!service) return null;
  if (service.market !== 'us') return QUOTE_PAGE + service.serviceCode;
  const exchange = usExchangeCode ? US_EXCHANGE_CODE.exec(usExchangeCode) : null;
  return QUOTE_PAGE + 'us' + (exchange && exchange[1] === service.symbol ? usExchangeCode : service.symbol);
}

export function isUsExchangeCode(code: string): boolean {
  return US_EXCHANGE_CODE.test(code);
}
