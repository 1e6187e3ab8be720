/** A quote request that has not answered in this long is given up (the card says 行情暂不可用). */
export const QUOTE_TIMEOUT_MS = 3000;
/** A batch of 60 lines is about 40 KB; anything far larger is not a quote answer. */
const MAX_BODY_BYTES = 512 * 1024;

/**
 * GETs a quote URL and decodes its GBK body. No cookies, no referrer, no redirects: the request carries the codes
 * in its URL and what every browser request carries (user agent, language), nothing of the page being read.
 */
export async function fetchQuoteText(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), QUOTE_TIMEOUT_MS);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer', redirect: 'error' });
    if (!response.ok) throw new Error(`quote service answered ${response.status}`);
    const body = await response.arrayBuffer();
    if (body.byteLength > MAX_BODY_BYTES) throw new Error('quote answer too large');
    return new TextDecoder('gbk').decode(body);
  } finally {
    clearTimeout(timer);
  }
}
