import type { CompanyRecord } from '../record';
import companies from './companies.json';

/**
 * The dictionary: the listed market from public lists and the hand-kept layer (curated/) on top, merged
 * by scripts/companies/build.ts.
 */
export const COMPANY_RECORDS: CompanyRecord[] = companies as CompanyRecord[];
