import type { CompanyRecord } from '../../src/core/companies/record';
import { MINI_RECORDS } from './mini-dictionary';

/** The mini dictionary plus the companies the quote and claim unit tests speak of. */
export const QUOTE_RECORDS: CompanyRecord[] = [
  ...MINI_RECORDS,
  { name: '优刻得', en: 'UCloud', codes: ['688158.SH'], industry: '云计算', listed: true },
  { name: '首都在线', codes: ['300846.SZ'], industry: '云计算', listed: true },
  { name: '宁德时代', en: 'CATL', codes: ['300750.SZ'], industry: '电池', listed: true },
  { name: '比亚迪', en: 'BYD', codes: ['002594.SZ', '01211.HK'], industry: '汽车', listed: true },
  { name: '华泰证券', codes: ['601688.SH'], industry: '证券', listed: true },
];
