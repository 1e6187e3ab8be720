import type { DictionaryIndex } from '../dictionary';
import type { CompanyRecord } from '../record';
import companies from './companies.json';
import index from './companies.index.json';

/**
 * The dictionary: the listed market from public lists and the hand-kept layer (curated/) on top, merged
 * by scripts/companies/build.ts, which also writes the matcher's surfaces in the form the engine loads.
 */
export const COMPANY_RECORDS: CompanyRecord[] = companies as CompanyRecord[];
export const COMPANY_INDEX: DictionaryIndex = index as DictionaryIndex;
