/** One company as the data files under ./data describe it (see data/SCHEMA.md). */
export interface CompanyRecord {
  name: string;
  fullName?: string;
  en?: string;
  aliases?: string[];
  brands?: string[];
  codes: string[];
  industry?: string;
  listed: boolean;
  ambiguous?: string[];
  parent?: string;
}
