import type { CompanyRecord } from '../companies/record';
import { serviceListing } from './service-code';
import { canonicalCode } from './watchlist';

export interface CompanyMatch {
  name: string;
  codes: string[];
}

/**
 * Listed companies for the watchlist editor, by code (any written form) or by name, alias or English name:
 * exact matches first, then names that start with the query, then names that contain it.
 */
export function searchCompanies(records: readonly CompanyRecord[], query: string, limit = 8): CompanyMatch[] {
  const q = query.trim();
  if (!q) return [];
  const code = canonicalCode(q);
  const lower = q.toLowerCase();
  const scored: Array<{ record: CompanyRecord; score: number }> = [];
  for (const record of records) {
    if (!record.listed || !record.codes.some((c) => serviceListing(c))) continue;
    const names = [record.name, ...(record.aliases ?? []), ...(record.en ? [record.en] : []), ...(record.fullName ? [record.fullName] : [])].map((n) => n.toLowerCase());
    let score = 0;
    if (code && record.codes.includes(code)) score = 4;
    else if (record.codes.some((c) => c.toLowerCase().startsWith(lower))) score = 2;
    else if (names.includes(lower)) score = 3;
    else if (names.some((n) => n.startsWith(lower))) score = 2;
    else if (names.some((n) => n.includes(lower))) score = 1;
    if (score) scored.push({ record, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.record.name.length - b.record.name.length)
    .slice(0, limit)
    .map(({ record }) => ({ name: record.name, codes: record.codes.filter((c) => serviceListing(c)) }));
}
