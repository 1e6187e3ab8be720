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

  constructor(records: readonly CompanyRecord[]) {
    this.companies = records.map((r) => ({ ...r, id: r.name, aliases: r.aliases ?? [], brands: r.brands ?? [] }));
    const patternIndex = new Map<string, number>();
    this.companies.forEach((c, index) => {
      for (const code of [...c.codes, ...(c.formerCodes ?? [])]) this.byCode.set(code, index);
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
      addWritten(c.fullName, 'fullName');
      addWritten(c.en, 'en');
      for (const b of c.brands) addWritten(b, 'brand');
    });
    for (const list of this.patternSurfaces) {
      if (list.length > 1) for (const s of list) s.ambiguous = true;
    }
    this.matcher = new AhoCorasick([...patternIndex.keys()]);
  }

  companyByCode(code: string): DictionaryCompany | null {
    const i = this.byCode.get(code);
    return i === undefined ? null : this.companies[i];
  }

  indexByCode(code: string): number | null {
    return this.byCode.get(code) ?? null;
  }

  /** Han surfaces the segmenter should keep whole. Ambiguous ones are left to its own judgement. */
  segmenterWords(): string[] {
    return this.surfaces.filter((s) => !s.ambiguous && !/\s/.test(s.text) && /\p{Script=Han}/u.test(s.text)).map((s) => s.text);
  }
}
