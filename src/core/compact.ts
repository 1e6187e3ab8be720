import type { Analysis, Span } from './types';

/**
 * An analysis as it is stored: every span's `text` is a slice of the article's text, so it is left out and
 * put back on reading (a long article's quotes and claims otherwise repeat most of its text).
 */
export type CompactAnalysis = Analysis & { compact: true };

/** The analysis with `f` applied to every span (company mentions, codes, figures, quotes, claims). */
function mapSpans(a: Analysis, f: <T extends Span>(s: T) => T): Analysis {
  return {
    article: a.article,
    companies: a.companies.map((c) => ({ ...c, mentions: c.mentions.map(f) })),
    codes: a.codes.map(f),
    figures: a.figures.map(f),
    quotes: a.quotes.map(f),
    claims: a.claims.map(f),
  };
}

export function compactAnalysis(a: Analysis): CompactAnalysis {
  return { compact: true, ...mapSpans(a, (s) => ({ ...s, text: undefined as unknown as string })) };
}

export function expandAnalysis(stored: Analysis | CompactAnalysis): Analysis {
  if (!('compact' in stored)) return stored;
  const text = stored.article.text;
  return mapSpans(stored, (s) => ({ ...s, text: text.slice(s.start, s.end) }));
}
