import { AhoCorasick } from '../text/aho-corasick';
import { lowerAscii, foldWidth } from '../text/normalize';
import type { CompanyRecord } from './record';

export type SurfaceKind = 'name' | 'alias' | 'fullName' | 'en' | 'brand';

/** One way of writing a company's name in text. */
export interface Surface {
  text: string;
  company: number;
  kind: SurfaceKind;
  /** An ordinary word too, or shared by several companies: reported only with supporting context. */
  ambiguous: boolean;
  /** Short Latin surfaces with capitals (AMD, Meta) must match case exactly. */
  caseSensitive: boolean;
}

export interface DictionaryCompany extends CompanyRecord {
  id: string;
  aliases: string[];
  brands: string[];
}

const CASE_SENSITIVE_MAX = 5;

const LATIN_HAN = /([A-Za-z0-9])(?=\p{Script=Han})|(\p{Script=Han})(?=[A-Za-z0-9])/gu;
const SPACE_AT_JUNCTION = /(?<=[A-Za-z0-9&])\s+(?=\p{Script=Han}|&)|(?<=\p{Script=Han}|&)\s+(?=[A-Za-z0-9&])/gu;

/**
 * The same name as sites space it: some put a space between Latin and Chinese (BOSS 直聘), some write
 * Frost&Sullivan for Frost & Sullivan. The matcher looks for every spelling.
 */
export function spacingVariants(text: string): string[] {
  const variants = new Set([text.replace(LATIN_HAN, '$1$2 '), text.replace(SPACE_AT_JUNCTION, '')]);
  variants.delete(text);
  return [...variants];
}

const LATIN_LEGAL_SUFFIX = /[\s,.]*(?:co\.?,?\s*ltd|company\s+limited|corporation|corp|incorporated|inc|limited|ltd|llc|plc|s\.?a|ag|n\.?v|se|group\s+co|holdings?\s+co|co)\.?\s*$/i;
const LATIN_NAME_MAX = 28;

/**
 * A Latin name as text writes it: without its legal suffix (Ping An Bank Co., Ltd. → Ping An Bank), and none
 * for a long legal name (Shenzhen Guohua Network Security Technology Co., Ltd.) that no article spells out.
 */
function latinAsWritten(name: string | undefined): string | undefined {
  if (!name || /\p{Script=Han}/u.test(name)) return name;
  let short = name.trim();
  for (let prev = ''; prev !== short; ) short = (prev = short).replace(LATIN_LEGAL_SUFFIX, '').trim();
  return short.length >= 2 && short.length <= LATIN_NAME_MAX ? short : undefined;
}

/** A legal name as a surface: a Chinese one always, a Latin one only as it stands (its short form is the English name's business). */
function legalNameAsWritten(name: string | undefined): string | undefined {
  if (!name) return undefined;
  return /\p{Script=Han}/u.test(name) || latinAsWritten(name) === name.trim() ? name : undefined;
}

const isSegmenterWord = (s: Surface) => !s.ambiguous && !/\s/.test(s.text) && /\p{Script=Han}/u.test(s.text);

const SURFACE_KINDS: readonly SurfaceKind[] = ['name', 'alias', 'fullName', 'en', 'brand'];
const AMBIGUOUS = 1;
const CASE_SENSITIVE = 2;

/**
 * The dictionary's surfaces as the build writes them (scripts/companies/build.ts → companies.index.json), so
 * the engine loads them without folding, lower-casing and spacing 30,000 names at start.
 */
export interface DictionaryIndex {
  /** How many companies the index was made for: an index for other records is not used. */
  companies: number;
  /** Pattern keys (folded, ASCII lower-cased), sorted, so the matcher is built without sorting. */
  keys: string[];
  /** One number per surface, in pattern order: company × 32 + kind (SURFACE_KINDS) × 4 + flags (1 ambiguous, 2 case-sensitive). */
  surfaces: number[];
  /** Patterns with more than one surface: pattern → how many (every other pattern has one). */
  shared: Record<string, number>;
  /** Surface texts that differ from their key and are read (case-sensitive names, brands), by surface number. */
  texts: Record<string, string>;
}

/**
 * The company dictionary with its one multi-pattern matcher. Surfaces are matched on
 * width-folded, ASCII-lower-cased text; `patternSurfaces[i]` lists the surfaces of pattern i.
 */
export class CompanyDictionary {
  readonly companies: DictionaryCompany[];
  readonly surfaces: Surface[] = [];
  readonly patternSurfaces: Surface[][] = [];
  readonly matcher: AhoCorasick;
  private readonly byCode = new Map<string, number>();

  constructor(records: readonly CompanyRecord[], index?: DictionaryIndex) {
    this.companies = records.map((r) => ({ ...r, id: r.name, aliases: r.aliases ?? [], brands: r.brands ?? [] }));
    this.companies.forEach((c, i) => {
      for (const code of c.codes) this.byCode.set(code, i);
      if (c.formerCodes) for (const code of c.formerCodes) this.byCode.set(code, i);
    });
    if (index && index.companies === records.length) {
      const { keys, surfaces, shared, texts } = index;
      let n = 0;
      for (let p = 0; p < keys.length; p++) {
        const list: Surface[] = [];
        for (let k = shared[p] ?? 1; k > 0; k--, n++) {
          const packed = surfaces[n];
          const surface: Surface = {
            text: texts[n] ?? keys[p],
            company: packed >>> 5,
            kind: SURFACE_KINDS[(packed >>> 2) & 7],
            ambiguous: (packed & AMBIGUOUS) !== 0,
            caseSensitive: (packed & CASE_SENSITIVE) !== 0,
          };
          list.push(surface);
          this.surfaces.push(surface);
        }
        this.patternSurfaces.push(list);
      }
      this.matcher = new AhoCorasick(keys);
      return;
    }
    const patternIndex = new Map<string, number>();
    this.companies.forEach((c, index) => {
      const ambiguous = new Set(c.ambiguous ?? []);
      const add = (text: string | undefined, kind: SurfaceKind, writtenAs: string = text ?? '') => {
        if (!text || text.length < 2) return;
        const folded = foldWidth(text);
        const surface: Surface = {
          text: folded,
          company: index,
          kind,
          ambiguous: ambiguous.has(writtenAs),
          caseSensitive: /[A-Z]/.test(folded) && folded.length <= CASE_SENSITIVE_MAX && /^[\x20-\x7e]+$/.test(folded),
        };
        const key = lowerAscii(folded);
        let p = patternIndex.get(key);
        if (p === undefined) {
          p = this.patternSurfaces.length;
          patternIndex.set(key, p);
          this.patternSurfaces.push([]);
        }
        if (this.patternSurfaces[p].some((s) => s.company === index)) return;
        this.patternSurfaces[p].push(surface);
        this.surfaces.push(surface);
      };
      const addWritten = (text: string | undefined, kind: SurfaceKind) => {
        if (!text) return;
        add(text, kind);
        for (const variant of spacingVariants(text)) add(variant, kind, text);
      };
      addWritten(c.name, 'name');
      for (const a of c.aliases) addWritten(a, 'alias');
      addWritten(legalNameAsWritten(c.fullName), 'fullName');
      addWritten(latinAsWritten(c.en), 'en');
      for (const b of c.brands) addWritten(b, 'brand');
    });
    for (const list of this.patternSurfaces) {
      if (list.length > 1) for (const s of list) s.ambiguous = true;
    }
    this.matcher = new AhoCorasick([...patternIndex.keys()]);
  }

  /** The surfaces in the form the constructor loads directly (written at build time). */
  toIndex(): DictionaryIndex {
    const keys = this.patternSurfaces.map((list) => lowerAscii(list[0].text));
    const order = keys.map((_, i) => i).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
    const surfaces: number[] = [];
    const shared: Record<string, number> = {};
    const texts: Record<string, string> = {};
    order.forEach((p, sorted) => {
      const list = this.patternSurfaces[p];
      if (list.length > 1) shared[sorted] = list.length;
      for (const s of list) {
        if (s.text !== keys[p] && (s.caseSensitive || s.kind === 'brand')) texts[surfaces.length] = s.text;
        surfaces.push(s.company * 32 + SURFACE_KINDS.indexOf(s.kind) * 4 + (s.ambiguous ? AMBIGUOUS : 0) + (s.caseSensitive ? CASE_SENSITIVE : 0));
      }
    });
    return { companies: this.companies.length, keys: order.map((p) => keys[p]), surfaces, shared, texts };
  }

  companyByCode(code: string): DictionaryCompany | null {
    const i = this.byCode.get(code);
    return i === undefined ? null : this.companies[i];
  }

  indexByCode(code: string): number | null {
    return this.byCode.get(code) ?? null;
  }

  /** The Han surfaces among these patterns' (the names a text contains) that the segmenter should keep whole; ambiguous ones are left to its own judgement. */
  segmenterWordsOf(patterns: Iterable<number>): string[] {
    const words = new Set<string>();
    for (const p of patterns) for (const s of this.patternSurfaces[p]) if (isSegmenterWord(s)) words.add(s.text);
    return [...words];
  }
}
