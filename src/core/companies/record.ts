/** What an organisation is; omitted for a company (listed or not). */
export type CompanyKind = 'company' | 'broker' | 'fund' | 'investor' | 'research';

/** One company as the data files under ./data describe it (see data/SCHEMA.md). */
export interface CompanyRecord {
  name: string;
  fullName?: string;
  en?: string;
  aliases?: string[];
  brands?: string[];
  codes: string[];
  /** Codes it was listed under before (Beijing's 43/83/87 codes): resolved, not shown. */
  formerCodes?: string[];
  industry?: string;
  listed: boolean;
  ambiguous?: string[];
  parent?: string;
  kind?: CompanyKind;
}
