/** The quote service answers at most this many codes in one request. */
export const MAX_BATCH = 60;

/** Distinct codes, in order, in batches the service accepts. */
export function batches(codes: readonly string[], size = MAX_BATCH): string[][] {
  const unique = [...new Set(codes)];
  const out: string[][] = [];
  for (let i = 0; i < unique.length; i += size) out.push(unique.slice(i, i + size));
  return out;
}

/** The request URL for one batch: only the codes, nothing else. */
export function quoteRequestUrl(serviceCodes: readonly string[]): string {
  return `https://qt.gtimg.cn/q=${serviceCodes.join(',')}`;
}
