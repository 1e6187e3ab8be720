import type { CompanyKind } from './companies/record';
/** Character offsets everywhere are JS string indices (UTF-16 code units) into `Article.text`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Article {
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  url: string | null;
  /** Body text, paragraphs separated by "\n". */
  text: string;
}

export type ArticleInput = string | (Partial<Omit<Article, 'text'>> & { text: string });

export interface CompanyMention extends Span {
  /** Set when the mention is a brand or product standing for the company (阿里云 → 阿里巴巴). */
  brand: string | null;
}

export interface CompanyHit {
  id: string;
  name: string;
  fullName: string | null;
  en: string | null;
  codes: string[];
  listed: boolean;
  industry: string | null;
  parent: string | null;
  /** Brands through which this article names the company. */
  brands: string[];
  /** What the organisation is: a company (listed or not), a securities firm, a fund manager, an investor, a research firm. */
  kind: CompanyKind;
  /**
   * 'dictionary' for known organisations, 'code' for one the text pairs with a stock code, 'structure' for one
   * recognised from the shape of its name and its place in the sentence (not in the dictionary).
   */
  origin: 'dictionary' | 'code' | 'structure';
  mentions: CompanyMention[];
}

export interface CodeHit extends Span {
  /** Canonical form: 688316.SH, 00700.HK, NVDA.US, 005930.KS … */
  code: string;
  exchange: string;
  /** Canonical name of the company the code resolves to, if any. */
  company: string | null;
}

export type FigureKind = 'money' | 'price' | 'percent' | 'pct_point' | 'count' | 'multiple' | 'points' | 'quantity';

export interface Figure extends Span {
  kind: FigureKind;
  value: number;
  high: number | null;
  unit: string;
  approx: boolean;
  metric: string | null;
  company: string | null;
}

export interface Speaker {
  name: string | null;
  title: string | null;
  org: string | null;
  isOrg: boolean;
}

export interface Quote extends Span {
  speaker: Speaker;
  direct: boolean;
}

export type ClaimType = 'forecast' | 'guidance' | 'causal' | 'assessment';

export interface Claim extends Span {
  type: ClaimType;
  by: string | null;
  /** How likely the claim model holds it to be a claim of this type (0–1). */
  confidence: number;
}

export interface Analysis {
  article: Article;
  companies: CompanyHit[];
  codes: CodeHit[];
  figures: Figure[];
  quotes: Quote[];
  claims: Claim[];
}
