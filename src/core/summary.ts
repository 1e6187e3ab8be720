import { CONFIDENT_CLAIM } from './claims/confident';
import { describeCode } from './codes/exchanges';
import { CLAIM_TYPE_LABEL, formatFigureValue } from './format';
import { splitClauses, splitSentences, spanIndexAt } from './text/sentences';
import type { Analysis, ClaimType, CompanyHit, FigureKind, Span } from './types';

export interface CompanySummary {
  name: string;
  codes: string[];
  /** "688316.SH 上交所 科创板" for each code. */
  listings: string[];
  listed: boolean;
  /** What it is (上市公司, 证券公司, 投资机构 …) and whether the dictionary knows it or its name's shape told it. */
  kind: CompanyHit['kind'];
  origin: CompanyHit['origin'];
  industry: string | null;
  brands: string[];
  mentions: number;
  /** Offsets of each mention, for scrolling to them. */
  spans: Array<{ start: number; end: number }>;
}

export interface FigureSummary {
  metric: string | null;
  /** Readable value: 13.2亿–14.4亿元, 58.87元/股, ≈30%. */
  value: string;
  kind: FigureKind;
  text: string;
  /** The clause the figure comes from. */
  context: string;
  approx: boolean;
  range: boolean;
  start: number;
  end: number;
}

export interface FigureGroup {
  company: string | null;
  figures: FigureSummary[];
}

export interface SpeakerGroup {
  name: string | null;
  title: string | null;
  org: string | null;
  isOrg: boolean;
  quotes: Array<{ text: string; direct: boolean; start: number; end: number }>;
}

/** The claims one claimant makes (a speaker, a company for its guidance, or null: the article's own voice). */
export interface ClaimGroup {
  by: string | null;
  claims: Array<{ text: string; type: ClaimType; label: string; confident: boolean; start: number; end: number }>;
}

export interface Summary {
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  url: string | null;
  companies: CompanySummary[];
  figures: FigureGroup[];
  quotes: SpeakerGroup[];
  claims: ClaimGroup[];
}

const MIN_CONTEXT = 10;

/** The clause around a span (the sentence when the clause alone says too little). */
function contextOf(text: string, sentences: Span[], span: { start: number; end: number }): string {
  const i = spanIndexAt(sentences, span.start);
  if (i < 0) return text.slice(span.start, span.end);
  const sentence = sentences[i];
  const clauses = splitClauses(text, sentence);
  const first = spanIndexAt(clauses, span.start);
  const last = spanIndexAt(clauses, Math.max(span.start, span.end - 1));
  if (first < 0 || last < 0) return sentence.text;
  const clause = text.slice(clauses[first].start, clauses[last].end);
  return clause.length >= MIN_CONTEXT ? clause : sentence.text;
}

function groupBy<T, K>(items: T[], key: (t: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(item);
  }
  return groups;
}

/**
 * The summary card's content: companies ranked by mentions, figures grouped by company
 * (in the order the companies rank, unattributed last), quotes grouped by speaker, claims by who makes them.
 */
export function summarize(analysis: Analysis): Summary {
  const { article } = analysis;
  const sentences = splitSentences(article.text);
  const companies = analysis.companies.map((c) => ({
    name: c.name,
    codes: c.codes,
    listings: c.codes.map(describeCode),
    listed: c.listed,
    kind: c.kind,
    origin: c.origin,
    industry: c.industry,
    brands: c.brands,
    mentions: c.mentions.length,
    spans: c.mentions.map((m) => ({ start: m.start, end: m.end })),
  }));
  const rank = new Map(companies.map((c, i) => [c.name, i]));

  const figureGroups = [...groupBy(analysis.figures, (f) => f.company)].map(([company, figures]) => ({
    company,
    figures: figures.map((f) => ({
      metric: f.metric,
      value: formatFigureValue(f),
      kind: f.kind,
      text: f.text,
      context: contextOf(article.text, sentences, f),
      approx: f.approx,
      range: f.high !== null,
      start: f.start,
      end: f.end,
    })),
  }));
  figureGroups.sort((a, b) => (a.company === null ? 1 : 0) - (b.company === null ? 1 : 0) || (rank.get(a.company ?? '') ?? 1e9) - (rank.get(b.company ?? '') ?? 1e9));

  const speakerKey = (q: Analysis['quotes'][number]) => `${q.speaker.isOrg ? 'org' : 'person'}:${q.speaker.name ?? ''}`;
  const quotes = [...groupBy(analysis.quotes, speakerKey).values()].map((list) => {
    const known = list.find((q) => q.speaker.title || q.speaker.org) ?? list[0];
    return {
      name: known.speaker.name,
      title: known.speaker.title,
      org: known.speaker.org,
      isOrg: known.speaker.isOrg,
      quotes: list.map((q) => ({ text: q.text, direct: q.direct, start: q.start, end: q.end })),
    };
  });
  quotes.sort((a, b) => b.quotes.length - a.quotes.length || a.quotes[0].start - b.quotes[0].start);

  // Claims by who makes them, in the order each claimant first does.
  const claims = [...groupBy(analysis.claims, (c) => c.by)].map(([by, list]) => ({
    by,
    claims: list.map((c) => ({ text: c.text, type: c.type, label: CLAIM_TYPE_LABEL[c.type], confident: c.confidence >= CONFIDENT_CLAIM, start: c.start, end: c.end })),
  }));

  return { title: article.title, source: article.source, publishedAt: article.publishedAt, url: article.url, companies, figures: figureGroups, quotes, claims };
}

export function speakerLabel(s: Pick<SpeakerGroup, 'name' | 'title' | 'org'>): string {
  const role = [s.org, s.title].filter(Boolean).join(' ');
  return `${s.name ?? '未具名'}${role ? `（${role}）` : ''}`;
}
