import { type CompanyIndex } from './company-index';
import { isAffiliation, isOrgPhrase, withoutSector } from './organisations';
import { couldBeName, looksLikeName, surnameLength } from './person-names';
import { TITLE_PATTERN } from './titles';

/**
 * People the article introduces with a title, found in one pass over the titles: before
 * the name (青云科技市场总监王玉圆) or after it (王超，文渊智库创始人 / 王超（文渊智库创始人）).
 * Later bare mentions (王超则认为) and pronouns (他指出) resolve to these.
 */

/** Words standing where a speaker stands: the subject of a speech verb, or a name before the colon opening its words. */
export interface SpeakerSlot {
  start: number;
  text: string;
}

export interface Person {
  name: string;
  title: string | null;
  org: string | null;
}

/** What may follow a name: punctuation, a speech verb, or an adverbial. */
const AFTER_NAME =
  /^(?:[\s，,。：:；;！？!?、（(）)“”「」]|$|就|对|向|在|则|也|还|曾|近日|日前|此前|接受|告诉|等|的|和|与|及|先生|女士|博士|教授|带领|率领|出席|参加|介绍|称|说|看来|于|为|是|将|已|正|表示|指出|认为|透露|坦言|强调|提到|提及|回应|解释|预计|预期|分析|直言|补充|谈到|谈及|呼吁|建议|提醒|坦承|坦陈|披露|宣布|发布|发表|代表|更|亦|又|并|都|均|从|自|以|据|同时|进一步|此次|这次|今年|现年|出生|毕业|早年|如今|目前|一直|曾经|正在|已经|创立|创办|决定|没有|不|很|把|被|给|让|笑|回忆|写道|觉得|有|看好|看|测算|承认|维持|给予|首次|上调|下调|领衔|团队|随后|随即|当天|当日|昨日|近期)/;
/** A foreign name right after a title (高盛分析师Eric Chen, 美国银行分析师戴维·罗森). */
const FOREIGN_NAME = /^(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}(?![A-Za-z])|\p{Script=Han}{1,5}[· ]\p{Script=Han}{1,6}?(?=[^\p{Script=Han}]|表示|指出|认为|称|说|在|对|向|则|也|坦言|强调|直言|透露|笑称|介绍|写道|回忆))/u;

/** A verb of speech right after a name of any surname (执行院长盘和林认为). */
const SPEECH_AFTER_NAME = /^(?:表示|指出|认为|称|说|坦言|强调|透露|介绍|直言|提到|分析|预计|告诉|回应|解释|笑称|写道)/;

/** Characters an affiliation before a title cannot contain (the clause before it ends there). */
const ORG_STOP = /[，,。！？!?；;：:\n“”「」『』、（）()的了是在对向与和及为据称说]/;
const ORG_MAX = 20;
const NAME_BREAK = /[，,。！？!?；;：:\n“”「」『』、（）()]/;

export class People {
  private readonly byName = new Map<string, Person>();
  private readonly mentions: Array<{ pos: number; person: Person }> = [];

  add(pos: number, found: Person): Person {
    let person = this.byName.get(found.name);
    if (!person) {
      person = { ...found };
      this.byName.set(found.name, person);
      // A foreign name is shortened to its family part after the first mention (马库斯·霍夫曼 → 霍夫曼, Lukas Brandt → Brandt).
      const family = familyPart(found.name);
      if (family && !this.byName.has(family)) this.byName.set(family, person);
    } else {
      person.title ??= found.title;
      person.org ??= found.org;
    }
    this.mentions.push({ pos, person });
    return person;
  }

  get(name: string): Person | null {
    return this.byName.get(name) ?? null;
  }

  /** The one person known by this title (and organisation, when given), or null. */
  withTitle(title: string, org: string | null): Person | null {
    const found = this.all().filter((p) => p.title === title && (org === null || p.org === org));
    return found.length === 1 ? found[0] : null;
  }

  /** Every person once (a foreign name's family part is a second key to the same person). */
  private all(): Person[] {
    return [...new Set(this.byName.values())];
  }

  /** The person whose name stands at `pos` (a mention), or null (after `sortMentions`). */
  introducedAt(pos: number): Person | null {
    const m = this.lastBefore(pos + 1);
    return m && m.pos === pos ? m.person : null;
  }

  /** The one person of this surname, or null. */
  withSurname(surname: string): Person | null {
    const found = this.all().filter((p) => p.name.startsWith(surname) && surnameLength(p.name) === surname.length);
    return found.length === 1 ? found[0] : null;
  }

  /** The person mentioned most often, or null. */
  mostMentioned(): Person | null {
    const counts = new Map<Person, number>();
    let best: Person | null = null;
    for (const { person } of this.mentions) {
      const n = (counts.get(person) ?? 0) + 1;
      counts.set(person, n);
      if (!best || n > counts.get(best)!) best = person;
    }
    return best;
  }

  /** The person mentioned last before `pos`, with the position of that mention (after `sortMentions`). */
  lastBefore(pos: number): { pos: number; person: Person } | null {
    let lo = 0;
    let hi = this.mentions.length - 1;
    let best: { pos: number; person: Person } | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].pos < pos) {
        best = this.mentions[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  }

  /**
   * Every later mention of a known name, titled or not (孙维平用…来形容。他表示 → 孙维平),
   * in one pass over the text.
   */
  addBareMentions(norm: string): void {
    if (this.byName.size === 0) return;
    const names = [...this.byName.keys()].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    const seen = new Set(this.mentions.map((m) => m.pos));
    for (let m = pattern.exec(norm); m; m = pattern.exec(norm)) {
      if (!seen.has(m.index)) this.mentions.push({ pos: m.index, person: this.byName.get(m[0])! });
    }
  }

  sortMentions(): void {
    this.mentions.sort((a, b) => a.pos - b.pos);
  }
}

/** The family part of a foreign name written with a dot or a space, or null. */
function familyPart(name: string): string | null {
  const cut = Math.max(name.lastIndexOf('·'), name.lastIndexOf(' '));
  const family = cut > 0 ? name.slice(cut + 1) : '';
  return family.length >= 2 ? family : null;
}

/** The name starting at `at` (longest that is followed by what may follow a name), or null. */
export function nameAt(norm: string, at: number): string | null {
  const foreign = FOREIGN_NAME.exec(norm.slice(at, at + 24));
  if (foreign && AFTER_NAME.test(norm.slice(at + foreign[0].length, at + foreign[0].length + 4))) return foreign[0];
  for (const len of [4, 3, 2]) {
    const cand = norm.slice(at, at + len);
    if (cand.length !== len || (len === 4 && surnameLength(cand) !== 2)) continue;
    if (looksLikeName(cand) && AFTER_NAME.test(norm.slice(at + len, at + len + 4))) return cand;
  }
  const rare = norm.slice(at, at + 3);
  if (couldBeName(rare) && SPEECH_AFTER_NAME.test(norm.slice(at + 3, at + 7))) return rare;
  return null;
}

/** The affiliation written right before a title ending at `titleStart`, or null. */
export function affiliationBefore(norm: string, titleStart: number, companies: CompanyIndex): string | null {
  const end = norm[titleStart - 1] === '的' ? titleStart - 1 : titleStart;
  const company = companies.endingAt(end);
  if (company) return norm.slice(company.start, end);
  let start = end;
  while (start > 0 && end - start < ORG_MAX && !ORG_STOP.test(norm[start - 1])) start--;
  const phrase = norm.slice(start, end);
  if (isOrgPhrase(phrase)) return phrase;
  const firm = withoutSector(phrase, (length) => {
    const known = companies.endingAt(start + length);
    return known !== null && known.start >= start;
  });
  if (firm !== phrase) return firm;
  const atBreak = start === 0 || ORG_STOP.test(norm[start - 1]);
  return atBreak && phrase.length <= 8 && isAffiliation(phrase) ? phrase : null;
}

/**
 * One pass over the titles of the text, registering every person introduced with one, then
 * the people named bare as the subject of a speech verb or before a colon that opens their
 * words (周启航回忆道 / 周启航：“…”): once named that way, every other mention of the name is theirs.
 */
export function findPeople(norm: string, companies: CompanyIndex, speakerSlots: Iterable<SpeakerSlot> = [], splitsWord: (start: number, end: number) => boolean = () => true): People {
  const people = new People();
  TITLE_PATTERN.lastIndex = 0;
  for (let m = TITLE_PATTERN.exec(norm); m; m = TITLE_PATTERN.exec(norm)) {
    const ts = m.index;
    const te = ts + m[0].length;
    const title = m[0];
    const after = nameAt(norm, te);
    if (after) {
      people.add(te, { name: after, title, org: affiliationBefore(norm, ts, companies) });
      continue;
    }
    const before = nameBeforeApposition(norm, ts, te);
    if (before) people.add(before.pos, { name: before.name, title, org: before.org });
  }
  for (const slot of speakerSlots) {
    if (people.get(slot.text)) continue;
    if (looksLikeName(slot.text) || FOREIGN_NAME.exec(slot.text)?.[0] === slot.text) people.add(slot.start, { name: slot.text, title: null, org: null });
  }
  for (const subject of repeatedSubjects(norm, splitsWord)) if (!people.get(subject.name)) people.add(subject.pos, { name: subject.name, title: null, org: null });
  people.addBareMentions(norm);
  people.sortMentions();
  return people;
}

/** Where a sentence starts: the subject position. */
const SENTENCE_OPENING = /(?:^|[。！？!?\n])[ \t]*(?=\p{Script=Han}{3})/gu;

/**
 * Three-character names that open two sentences or more (周启航出生于… / 周启航把…): the person a
 * profile is about, named bare. A word the segmenter keeps whole (高质量, 新能源) is not a name,
 * nor the start of a longer one (文渊智 of 文渊智库).
 */
function repeatedSubjects(norm: string, splitsWord: (start: number, end: number) => boolean): Array<{ name: string; pos: number }> {
  const seen = new Map<string, { pos: number; count: number }>();
  SENTENCE_OPENING.lastIndex = 0;
  for (let m = SENTENCE_OPENING.exec(norm); m; m = SENTENCE_OPENING.exec(norm)) {
    const at = m.index + m[0].length;
    if (m[0].length === 0) SENTENCE_OPENING.lastIndex++;
    const name = norm.slice(at, at + 3);
    if (!looksLikeName(name) || surnameLength(name) !== 1) continue;
    const entry = seen.get(name);
    if (entry) entry.count++;
    else if (splitsWord(at, at + 3) && splitsWord(at + 2, at + 4)) seen.set(name, { pos: at, count: 1 });
  }
  return [...seen].filter(([, e]) => e.count >= 2).map(([name, e]) => ({ name, pos: e.pos }));
}

/** 王超，文渊智库创始人 / 王超（文渊智库创始人）: the name a title clause stands in apposition to. */
function nameBeforeApposition(norm: string, ts: number, te: number): { name: string; org: string | null; pos: number } | null {
  if (!/^[，,。）)；;]/.test(norm[te] ?? '')) return null;
  let cs = ts;
  while (cs > 0 && ts - cs <= ORG_MAX && !NAME_BREAK.test(norm[cs - 1])) cs--;
  if (!/[，,（(]/.test(norm[cs - 1] ?? '')) return null;
  const orgText = norm.slice(cs, ts).replace(/的$/, '');
  const org = orgText && isAffiliation(orgText) ? orgText : null;
  const nameEnd = cs - 1;
  let ns = nameEnd;
  while (ns > 0 && nameEnd - ns < 4 && !NAME_BREAK.test(norm[ns - 1])) ns--;
  const name = norm.slice(ns, nameEnd);
  if (!looksLikeName(name) || (ns > 0 && !NAME_BREAK.test(norm[ns - 1]))) return null;
  return { name, org, pos: ns };
}
