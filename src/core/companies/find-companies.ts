import type { CodeCandidate } from '../codes/find-codes';
import { exchangeOf } from '../codes/exchanges';
import type { CodeHit, CompanyHit, CompanyMention } from '../types';
import type { Doc } from '../text/doc';
import { isHan, isLatinOrDigit } from '../text/normalize';
import type { CompanyDictionary, DictionaryCompany, Surface } from './dictionary';
import { namesVenue, supportsCompanyReading } from './evidence';
import { nameBefore } from './name-before-code';
import { findStructuralOrgs } from './org-structure';

/** A name followed by these is part of another organisation's or an index's name: 中金所, 中国银行保险监督管理委员会, 中国石油和化学工业联合会, 恒生科技指数. */
const PART_OF_ORGANISATION = /^(?:[^\s，。；、]{0,4}?指数|[^\s，。；、与及的在是为对向跟同和]{0,6}?(?:监督管理委员会|委员会|联合会|协会|交易所|研究院|研究所)|[^，。；、]{0,8}?(?:工业|行业|产业)(?:联合会|协会|联盟)|所(?![在有以谓属得]))/u;

/** Frequency of dictionary names taught to the segmenter: low, so that a longer real word (中国银行业) still wins over a name inside it. */
const SEGMENTER_WORD_FREQUENCY = 10;

interface Candidate {
  start: number;
  end: number;
  surfaces: Surface[];
}

interface Resolved {
  start: number;
  end: number;
  company: number;
  surface: Surface | null;
}

/** Whether a match at [start, end) stands on word boundaries at both edges. */
function onWordBoundaries(doc: Doc, start: number, end: number): boolean {
  return edgeOk(doc, start, doc.norm[start], doc.norm[start - 1]) && edgeOk(doc, end, doc.norm[end - 1], doc.norm[end]);
}

function edgeOk(doc: Doc, offset: number, inside: string | undefined, outside: string | undefined): boolean {
  if (isLatinOrDigit(inside)) return !isLatinOrDigit(outside);
  if (isHan(inside) && isHan(outside)) return doc.isBoundary(offset);
  return true;
}

/** A listing marker written after a Hong Kong or STAR name (小米集团-W, 京东集团-SW, 寒武纪-U): part of the mention. */
const LISTING_SUFFIX = /^-(?:SWR|SW|WR|UWD|UW|WD|W|S|B|U|R)(?![A-Za-z0-9])/;

function listingSuffixLength(doc: Doc, end: number): number {
  return LISTING_SUFFIX.exec(doc.norm.slice(end, end + 5))?.[0].length ?? 0;
}

/** A media outlet's dateline or its reporter (新浪财经讯, 新浪财经记者): the outlet as the article's source, not a company in it. */
const OUTLET_AS_SOURCE = /^(?:讯|记者|特约记者|首席记者)/;

function partOfOrganisation(doc: Doc, end: number): boolean {
  if (OUTLET_AS_SOURCE.test(doc.norm.slice(end, end + 4))) return true;
  return PART_OF_ORGANISATION.test(doc.norm.slice(end, end + 16));
}

function caseMatches(doc: Doc, c: Candidate, s: Surface): boolean {
  return !s.caseSensitive || doc.norm.slice(c.start, c.end) === s.text;
}

/** Leftmost-longest: keeps the longest of overlapping candidates. */
function longestFirst<T extends { start: number; end: number }>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const item of sorted) {
    const last = kept[kept.length - 1];
    if (last && item.start < last.end) {
      if (item.end - item.start > last.end - last.start) kept[kept.length - 1] = item;
      continue;
    }
    kept.push(item);
  }
  return kept;
}

export interface CompanyStageResult {
  companies: CompanyHit[];
  codes: CodeHit[];
}

/**
 * Finds company mentions (dictionary surfaces, then names the text pairs with a stock
 * code) and links each code to its company.
 */
export function findCompanies(doc: Doc, dictionary: CompanyDictionary, codes: CodeCandidate[]): CompanyStageResult {
  const matches = dictionary.matcher.findAll(doc.lower);
  doc.teachWords(dictionary.segmenterWordsOf(matches.map((m) => m.pattern)), SEGMENTER_WORD_FREQUENCY);
  doc.segment();
  const candidates = longestFirst(
    matches
      .map((m) => ({ start: m.start, end: m.end, surfaces: dictionary.patternSurfaces[m.pattern] }))
      .filter((c) => onWordBoundaries(doc, c.start, c.end) && !partOfOrganisation(doc, c.end))
      .map((c) => ({ ...c, surfaces: c.surfaces.filter((s) => caseMatches(doc, c, s)) }))
      .filter((c) => c.surfaces.length > 0),
  );

  const codeAfter = new Map<number, CodeCandidate>();
  for (const code of codes) if (code.nameEnd !== null) codeAfter.set(code.nameEnd, code);

  const unambiguouslyNamed = new Set<number>();
  for (const c of candidates) if (c.surfaces.length === 1 && !c.surfaces[0].ambiguous) unambiguouslyNamed.add(c.surfaces[0].company);
  for (const code of codes) {
    const index = dictionary.indexByCode(code.code);
    if (index !== null) unambiguouslyNamed.add(index);
  }

  const sentenceOf = (offset: number) => doc.sentenceAt(offset)?.start ?? -1;
  const firmSentences = new Map<number, Set<number>>();
  for (const c of candidates) {
    if (c.surfaces.length !== 1 || c.surfaces[0].ambiguous) continue;
    const key = sentenceOf(c.start);
    if (!firmSentences.has(key)) firmSentences.set(key, new Set());
    firmSentences.get(key)!.add(c.surfaces[0].company);
  }

  const ambiguousSentences = new Map<number, Set<number>>();
  for (const c of candidates) {
    if (c.surfaces.length === 1 && !c.surfaces[0].ambiguous) continue;
    const key = sentenceOf(c.start);
    if (!ambiguousSentences.has(key)) ambiguousSentences.set(key, new Set());
    for (const s of c.surfaces) ambiguousSentences.get(key)!.add(s.company);
  }

  const resolved: Resolved[] = [];
  for (const c of candidates) {
    const suffix = listingSuffixLength(doc, c.end);
    const code = codeAfter.get(c.end) ?? codeAfter.get(c.end + 1) ?? (suffix ? codeAfter.get(c.end + suffix) : undefined);
    const byCode = code ? dictionary.indexByCode(code.code) : null;
    const surface = pickSurface(c, byCode, unambiguouslyNamed);
    if (!surface || namesVenue(doc, c.start, c.end)) continue;
    if (surface.ambiguous) {
      const sentence = sentenceOf(c.start);
      const others = [...(firmSentences.get(sentence) ?? [])].filter((i) => i !== surface.company);
      const otherAmbiguous = [...(ambiguousSentences.get(sentence) ?? [])].filter((i) => i !== surface.company);
      const ok = supportsCompanyReading({
        doc,
        start: c.start,
        end: c.end,
        hasCode: byCode === surface.company || suffix > 0,
        companyNearby: others.length > 0,
        ambiguousNearby: otherAmbiguous.length > 0,
        namedUnambiguously: unambiguouslyNamed.has(surface.company),
      });
      if (!ok) continue;
    }
    resolved.push({ start: c.start, end: c.end + suffix, company: surface.company, surface });
  }

  return assemble(doc, dictionary, resolved, codes);
}

/** The one surface a candidate stands for: the code's company, else the only or the named one. */
function pickSurface(c: Candidate, byCode: number | null, named: Set<number>): Surface | null {
  if (c.surfaces.length === 1) return c.surfaces[0];
  const viaCode = c.surfaces.find((s) => s.company === byCode);
  if (viaCode) return { ...viaCode, ambiguous: false };
  const namedOnes = c.surfaces.filter((s) => named.has(s.company));
  return namedOnes.length === 1 ? namedOnes[0] : null;
}

interface Discovered {
  name: string;
  code: string;
}

function assemble(doc: Doc, dictionary: CompanyDictionary, resolved: Resolved[], codes: CodeCandidate[]): CompanyStageResult {
  const mentions = new Map<string, { company: DictionaryCompany | Discovered; list: CompanyMention[] }>();
  const keyOf = (company: DictionaryCompany | Discovered) => ('id' in company ? company.id : `code:${company.name}`);
  const addMention = (company: DictionaryCompany | Discovered, start: number, end: number, brand: string | null) => {
    const key = keyOf(company);
    if (!mentions.has(key)) mentions.set(key, { company, list: [] });
    mentions.get(key)!.list.push({ start, end, text: doc.text.slice(start, end), brand });
  };

  for (const r of resolved) {
    const company = dictionary.companies[r.company];
    addMention(company, r.start, r.end, r.surface?.kind === 'brand' ? r.surface.text : null);
  }

  // Names the text pairs with a code that the dictionary does not know: 某某股份（300xxx）.
  const taken = resolved.map((r) => [r.start, r.end] as const);
  const overlapsTaken = (s: number, e: number) => taken.some(([ts, te]) => s < te && e > ts);
  const discovered = new Map<string, Discovered>();
  for (const code of codes) {
    if (code.nameEnd === null || dictionary.indexByCode(code.code) !== null) continue;
    const span = nameBefore(doc, code.nameEnd);
    if (!span || overlapsTaken(span.start, span.end)) continue;
    const existing = discovered.get(span.text);
    if (existing) continue;
    discovered.set(span.text, { name: span.text, code: code.code });
  }
  for (const d of discovered.values()) {
    for (let at = doc.norm.indexOf(d.name); at >= 0; at = doc.norm.indexOf(d.name, at + d.name.length)) {
      const end = at + d.name.length;
      if (overlapsTaken(at, end) || !onWordBoundaries(doc, at, end)) continue;
      addMention(d, at, end, null);
      taken.push([at, end]);
    }
  }

  // Organisations no list holds, from the shape of their names (legal names, 「」, …资本领投).
  const structural = findStructuralOrgs(doc, taken);
  for (const org of structural) for (const m of org.mentions) taken.push([m.start, m.end]);

  const codeHits: CodeHit[] = codes.map((c) => {
    const known = dictionary.companyByCode(c.code);
    const pairedName = [...discovered.values()].find((d) => d.code === c.code)?.name ?? null;
    return {
      code: c.code,
      start: c.start,
      end: c.end,
      text: doc.text.slice(c.start, c.end),
      exchange: exchangeOf(c.code)?.name ?? '',
      company: known?.name ?? pairedName,
    };
  });
  for (const c of codeHits) {
    const known = dictionary.companyByCode(c.code);
    if (known && !mentions.has(known.id)) mentions.set(known.id, { company: known, list: [] });
  }

  const companies: CompanyHit[] = [...mentions.values()].map(({ company, list }) => {
    list.sort((a, b) => a.start - b.start);
    if ('id' in company) {
      return {
        id: company.id,
        name: company.name,
        fullName: company.fullName ?? null,
        en: company.en ?? null,
        codes: [...company.codes],
        listed: company.listed,
        industry: company.industry ?? null,
        parent: company.parent ?? null,
        brands: [...new Set(list.map((m) => m.brand).filter((b): b is string => b !== null))],
        kind: company.kind ?? 'company',
        origin: 'dictionary',
        mentions: list,
      };
    }
    const pairedCodes = [...new Set(codeHits.filter((c) => c.company === company.name).map((c) => c.code))];
    return {
      id: `code:${company.name}`,
      name: company.name,
      fullName: null,
      en: null,
      codes: pairedCodes,
      listed: true,
      industry: null,
      parent: null,
      brands: [],
      kind: 'company',
      origin: 'code',
      mentions: list,
    };
  });
  for (const org of structural) {
    companies.push({
      id: `structure:${org.name}`,
      name: org.name,
      fullName: org.fullName,
      en: null,
      codes: [],
      listed: false,
      industry: null,
      parent: null,
      brands: [],
      kind: org.kind,
      origin: 'structure',
      mentions: org.mentions.map((m) => ({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), brand: null })),
    });
  }
  companies.sort((a, b) => b.mentions.length - a.mentions.length || (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity));
  return { companies, codes: codeHits };
}
