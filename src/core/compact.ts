import type { Analysis, Span } from './types';

/**
 * An analysis as it is stored: every span's `text` is a slice of the article's text, so it is left out and
 * put back on reading (a long article's quotes and claims otherwise repeat most of its text).
 */
export type CompactAnalysis = Analysis & { compact: true };

const strip = <T extends Span>(s: T): T => ({ ...s, text: undefined as unknown as string });

export function compactAnalysis(a: Analysis): CompactAnalysis {
  return {
    compact: true,
    article: a.article,
    companies: a.companies.map((c) => ({ ...c, mentions: c.mentions.map(strip) })),
    codes: a.codes.map(strip),
    figures: a.figures.map(strip),
    quotes: a.quotes.map(strip),
    claims: a.claims.map(strip),
  };
}

export function expandAnalysis(stored: Analysis | CompactAnalysis): Analysis {
  if (!('compact' in stored)) return stored;
  const text = stored.article.text;
  const fill = <T extends Span>(s: T): T => ({ ...s, text: text.slice(s.start, s.end) });
  return {
    article: stored.article,
    companies: stored.companies.map((c) => ({ ...c, mentions: c.mentions.map(fill) })),
    codes: stored.codes.map(fill),
    figures: stored.figures.map(fill),
    quotes: stored.quotes.map(fill),
    claims: stored.claims.map(fill),
  };
}
