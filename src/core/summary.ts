import { describeCode } from './codes/exchanges';
import type { Analysis } from './types';

export interface CompanySummary {
  name: string;
  codes: string[];
  /** "688316.SH 上交所 科创板" for each code. */
  listings: string[];
  listed: boolean;
  industry: string | null;
  brands: string[];
  mentions: number;
}

export interface Summary {
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  url: string | null;
  companies: CompanySummary[];
}

/** The summary card's content: companies ranked by mentions, each with its listings. */
export function summarize(analysis: Analysis): Summary {
  const { article } = analysis;
  return {
    title: article.title,
    source: article.source,
    publishedAt: article.publishedAt,
    url: article.url,
    companies: analysis.companies.map((c) => ({
      name: c.name,
      codes: c.codes,
      listings: c.codes.map(describeCode),
      listed: c.listed,
      industry: c.industry,
      brands: c.brands,
      mentions: c.mentions.length,
    })),
  };
}
