import type { CompanyRecord } from '../record';
import aShareMain from './a-share-main.json';
import aShareGrowth from './a-share-growth.json';
import greaterChinaOffshore from './greater-china-offshore.json';
import foreign from './foreign.json';
import unlisted from './unlisted.json';

/** Every data file, named for the test that checks them. */
export const COMPANY_FILES: Record<string, CompanyRecord[]> = {
  'a-share-main': aShareMain as CompanyRecord[],
  'a-share-growth': aShareGrowth as CompanyRecord[],
  'greater-china-offshore': greaterChinaOffshore as CompanyRecord[],
  foreign: foreign as CompanyRecord[],
  unlisted: unlisted as CompanyRecord[],
};

export const COMPANY_RECORDS: CompanyRecord[] = Object.values(COMPANY_FILES).flat();
