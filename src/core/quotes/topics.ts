/**
 * Which company a back-reference (公司表示, 该公司称, 报告指出) means: the company that last
 * stood as the subject of a clause (宁德时代首席财务官…表示 / 同日，中微公司也披露…), not
 * one named in passing as an object (与Stellantis合资 / 可比公司寒武纪、海光信息). An
 * unnamed company written after it (某刻蚀设备厂商, 一家头部晶圆厂) cuts the reference off.
 */
import type { CompanyIndex, IndexedMention } from './company-index';
import { stripLeading } from './subject';

/** Characters that open a clause a company can be the subject of (not 、: 寒武纪、海光信息). */
const CLAUSE_OPEN = /[，,。！？!?；;：:\n“”「」]/;
/** How far before a mention its clause may open (connectives and dates between). */
const LEAD_MAX = 12;
const SENTENCE_END = /[。！？!?\n]/;
/** How far back a sentence start is looked for. */
const SENTENCE_MAX = 200;
/** Longest company name looked for at the head of a sentence. */
const MAX_NAME = 12;
/** A company the article does not name: 某设备厂商, 一家头部晶圆厂, 国内一家公司. */
const UNNAMED_COMPANY = /(?:某|一家)[^，,。；;：:\n“”]{0,12}?(?:厂商|公司|企业|集团|晶圆厂|工厂|机构|平台|券商|车企)/g;

export class Topics {
  private readonly subjects: IndexedMention[];
  /** Companies that open their sentence: the topic a later 公司 refers to over those opening its later clauses. */
  private readonly sentenceSubjects: IndexedMention[];
  private readonly unnamed: number[] = [];
  private counts: Map<string, number> | null = null;
  /** Company names and the words the article names them by (Meta Platforms → Meta too). */
  private readonly named = new Map<string, string>();

  constructor(private readonly norm: string, private readonly companies: CompanyIndex) {
    this.subjects = companies.mentions.filter((m) => opensClause(norm, m.start));
    this.sentenceSubjects = this.subjects.filter((m) => sentenceStart(norm, m.start) === clauseStartOf(norm, m.start));
    for (const m of companies.mentions) {
      const surface = norm.slice(m.start, m.end);
      this.named.set(surface, m.name);
      this.named.set(m.name, m.name);
      const word = /^[A-Za-z][A-Za-z&.-]{2,}(?= )/.exec(surface);
      if (word) this.named.set(word[0], m.name);
    }
    UNNAMED_COMPANY.lastIndex = 0;
    for (let m = UNNAMED_COMPANY.exec(norm); m; m = UNNAMED_COMPANY.exec(norm)) this.unnamed.push(m.index);
  }

  /**
   * The company a sentence opens with (歌尔股份（002241.SZ）则扭转了…，预计…): the speaker of
   * a later clause of that sentence that has no subject of its own, or null.
   */
  sentenceCompany(clauseStart: number): IndexedMention | null {
    const start = sentenceStart(this.norm, clauseStart);
    const first = this.companies.firstFrom(start);
    if (!first || first.end > clauseStart) return null;
    return stripLeading(this.norm.slice(start, first.start)).trim() === '' ? first : null;
  }

  /** The company `head` opens with by a name the article used for it elsewhere (广发证券研究所…), or null. */
  companyOpening(head: string): string | null {
    for (let len = Math.min(MAX_NAME, head.length); len >= 2; len--) {
      const name = this.named.get(head.slice(0, len));
      if (name) return name;
    }
    return null;
  }

  /** The company this phrase names when the article named it so before (a later bare 'Meta'), or null. */
  companyNamed(phrase: string): string | null {
    return this.named.get(phrase) ?? null;
  }

  /** The company a back-reference at `pos` means, or null. */
  companyAt(pos: number): IndexedMention | null {
    const inSentence = this.companies.firstFrom(sentenceStart(this.norm, pos));
    const found = (inSentence && inSentence.end <= pos ? inSentence : null) ?? this.lastSubject(pos) ?? this.mainBefore(pos);
    if (!found) return null;
    return this.unnamedBetween(found.end, pos) ? null : found;
  }

  /**
   * The last company standing as a subject before `pos`: one opening a later clause of the sentence
   * another opened (晶曜半导体完成融资，华登国际领投) does not take the topic from it.
   */
  private lastSubject(pos: number): IndexedMention | null {
    const clause = lastEndingBefore(this.subjects, pos);
    const sentence = lastEndingBefore(this.sentenceSubjects, pos);
    if (!clause || !sentence || clause === sentence) return clause;
    return SENTENCE_END.test(this.norm.slice(sentence.end, clause.start)) ? clause : sentence;
  }

  /** With no company standing as a subject yet: the article's most mentioned company named before `pos`. */
  private mainBefore(pos: number): IndexedMention | null {
    const counts = (this.counts ??= countByName(this.companies.mentions));
    let best: IndexedMention | null = null;
    for (const m of this.companies.mentions) {
      if (m.end > pos) break;
      if (!best || counts.get(m.name)! > counts.get(best.name)!) best = m;
    }
    return best;
  }

  private unnamedBetween(from: number, to: number): boolean {
    let lo = 0;
    let hi = this.unnamed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.unnamed[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.unnamed.length && this.unnamed[lo] < to;
  }
}

/** Where the sentence holding `pos` begins (a bounded look back). */
export function sentenceStart(norm: string, pos: number): number {
  const limit = Math.max(0, pos - SENTENCE_MAX);
  for (let i = pos - 1; i >= limit; i--) {
    if (!SENTENCE_END.test(norm[i])) continue;
    // A quotation closing after the sentence end (…加速。”) belongs to the sentence before.
    return skipClosers(norm, i + 1, pos);
  }
  return limit;
}

/** `from` past the closing quotation marks, brackets and spaces that stand there (not beyond `limit`). */
function skipClosers(norm: string, from: number, limit: number): number {
  while (from < limit && /[”’」』）)\s]/.test(norm[from])) from++;
  return from;
}

/** Where the clause holding `pos` opens: after its punctuation, within LEAD_MAX characters, or -1. */
function clauseOpening(norm: string, pos: number): number {
  let i = pos;
  while (i > 0 && pos - i <= LEAD_MAX && !CLAUSE_OPEN.test(norm[i - 1])) i--;
  return i > 0 && !CLAUSE_OPEN.test(norm[i - 1]) ? -1 : i;
}

/** Where the clause holding `pos` starts, past closing marks: the sentence's start when it opens the sentence. */
function clauseStartOf(norm: string, pos: number): number {
  const i = clauseOpening(norm, pos);
  return i < 0 ? -1 : skipClosers(norm, i, pos);
}

/** Whether the mention at `start` opens its clause (after connectives or a date at most). */
function opensClause(norm: string, start: number): boolean {
  const i = clauseOpening(norm, start);
  return i >= 0 && stripLeading(norm.slice(i, start)).trim() === '';
}

function lastEndingBefore(list: IndexedMention[], pos: number): IndexedMention | null {
  let lo = 0;
  let hi = list.length - 1;
  let found: IndexedMention | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= pos) {
      found = list[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function countByName(mentions: readonly IndexedMention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  return counts;
}
