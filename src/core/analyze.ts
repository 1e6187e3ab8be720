import { findCodes } from './codes/find-codes';
import { CompanyDictionary } from './companies/dictionary';
import { findCompanies } from './companies/find-companies';
import { findFigures } from './figures/find-figures';
import type { CompanyRecord } from './companies/record';
import { findClaims } from './claims/find-claims';
import { findQuotes } from './quotes/find-quotes';
import { Doc } from './text/doc';
import type { Segmenter } from './text/segmenter';
import type { Analysis, Article, ArticleInput } from './types';

export interface AnalyzerOptions {
  /** Word segmenter (jieba-wasm). Without one, matches are checked at character level only. */
  segmenter: Segmenter | null;
  companies: readonly CompanyRecord[] | CompanyDictionary;
}

/** The pipeline's stages in the order they run (segmentation happens inside `companies`, once its names are taught). */
export const STAGES = ['document', 'codes', 'companies', 'quotes', 'figures', 'claims'] as const;
export type Stage = (typeof STAGES)[number];

export interface Analyzer {
  readonly dictionary: CompanyDictionary;
  /** `afterStage` is called as each stage ends (for the benchmark's per-stage shares). */
  analyze(input: ArticleInput, afterStage?: (stage: Stage) => void): Analysis;
}

export class InputError extends Error {
  override name = 'InputError';
}

export function toArticle(input: ArticleInput): Article {
  if (typeof input === 'string') return { title: null, source: null, publishedAt: null, url: null, text: input };
  if (input === null || typeof input !== 'object' || typeof input.text !== 'string') {
    throw new InputError('analyze() takes a string or an object with a string `text`');
  }
  return {
    title: input.title ?? null,
    source: input.source ?? null,
    publishedAt: input.publishedAt ?? null,
    url: input.url ?? null,
    text: input.text,
  };
}

/**
 * Builds the engine once (dictionary, matcher, segmenter words); `analyze` then runs the
 * pipeline over one document: codes, then companies (which links the codes).
 */
export function createAnalyzer(options: AnalyzerOptions): Analyzer {
  const dictionary = options.companies instanceof CompanyDictionary ? options.companies : new CompanyDictionary(options.companies);
  const segmenter = options.segmenter;

  return {
    dictionary,
    analyze(input, afterStage) {
      const article = toArticle(input);
      const doc = new Doc(article.text, segmenter);
      afterStage?.('document');
      const codeCandidates = findCodes(doc);
      afterStage?.('codes');
      const { companies, codes } = findCompanies(doc, dictionary, codeCandidates);
      afterStage?.('companies');
      const quotes = findQuotes(doc, companies);
      afterStage?.('quotes');
      const figures = findFigures(doc, companies);
      afterStage?.('figures');
      const claims = findClaims(doc, companies, quotes, figures);
      afterStage?.('claims');
      return { article, companies, codes, figures, quotes, claims };
    },
  };
}
