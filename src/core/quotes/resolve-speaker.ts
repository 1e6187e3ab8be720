import type { Speaker } from '../types';
import type { CompanyIndex } from './company-index';
import { COMPANY_REFERENCE, ORG_REFERENCE, REPORT_REFERENCE, ORG_VOICE_SUFFIX, isAffiliation, isOrgPhrase, withoutSector } from './organisations';
import { REPORTER_OR_MEDIA, UNNAMED_OPENING, UNNAMED_SOURCE } from './non-speakers';
import { type People, type Person } from './people';
import { couldBeName, foreignNamesAtEnd, looksLikeName, NAME_LENGTHS, SURNAME_ADDRESS, surnameLength } from './person-names';
import type { SubjectPhrase } from './subject';
import type { Topics } from './topics';
import { SPOKESPERSON_TITLES, titleAtEnd } from './titles';

/**
 * Who a subject phrase names: a person (with title and organisation from the apposition or
 * from an earlier mention), an organisation, or nobody we may name (`null`: the reporter,
 * media, unnamed sources). `undefined` when the phrase is not a speaker at all.
 */

const PRONOUN = /^(?:他|她|他们|她们|其)$/;
/** A pronoun or name followed by whom it spoke to (他对36氪说, 王超向投资者表示). */
const ADDRESSEE = /^(.{1,30}?)(?:对|向|跟)[^，,。；;对向跟]{1,12}$/;
const ADVERB_AT_END = /(?:则|也|还|亦|同时)$/;
/** An unnamed subject longer than this is narration, not a source. */
const UNNAMED_MAX = 12;

export interface SpeakerContext {
  norm: string;
  companies: CompanyIndex;
  topics: Topics;
  people: People;
  /** The last person and organisation that spoke, with the offsets where they did (`person` null: an unnamed one). */
  lastPerson: { pos: number; person: Person | null } | null;
  lastOrg: { pos: number; name: string } | null;
}

export const personSpeaker = (p: Person): Speaker => ({ name: p.name, title: p.title, org: p.org, isOrg: false });
export const orgSpeaker = (name: string): Speaker => ({ name, title: null, org: null, isOrg: true });

export function resolveSpeaker(subject: SubjectPhrase, ctx: SpeakerContext): Speaker | null | undefined {
  const text = subject.text;
  if (!text) return undefined;
  if (REPORTER_OR_MEDIA.test(text)) return null;
  // A name the article has given a person before, or its family part (Brandt for Lukas Brandt).
  const known = ctx.people.get(text);
  if (known) return personSpeaker(known);
  const addressed = ADDRESSEE.exec(text);
  if (addressed) {
    const head = { ...subject, text: addressed[1], end: subject.start + addressed[1].length };
    if (PRONOUN.test(head.text) || ctx.people.get(head.text)) return resolveSpeaker(head, ctx);
    const person = parsePerson(head.text, head.start, ctx);
    if (person?.name) return personSpeaker(withKnown(ctx.people.get(person.name), person as Person));
  }
  const voiced = text.replace(ORG_VOICE_SUFFIX, '').replace(ADVERB_AT_END, '');
  if (voiced !== text && COMPANY_REFERENCE.test(voiced)) return companyBefore(ctx, subject.start);
  if (PRONOUN.test(text)) {
    const last = lastPerson(ctx, subject.start);
    return last ? personSpeaker(last) : null;
  }
  const referred = personReferredTo(text, subject.start, ctx);
  if (referred) return personSpeaker(referred);
  if (COMPANY_REFERENCE.test(text)) return companyBefore(ctx, subject.start);
  if (ORG_REFERENCE.test(text) || REPORT_REFERENCE.test(text)) {
    const company = ctx.topics.companyAt(subject.start);
    const org = ctx.lastOrg;
    if (org && (!company || org.pos > company.end)) return orgSpeaker(org.name);
    return company ? orgSpeaker(company.name) : null;
  }

  const company = companySubject(subject, ctx);
  if (company) return orgSpeaker(company);

  const person = parsePerson(text, subject.start, ctx);
  if (person?.name) return personSpeaker(withKnown(ctx.people.get(person.name), person as Person));
  if (UNNAMED_OPENING.test(text)) return null;
  if (person) {
    if (person.title && person.org && SPOKESPERSON_TITLES.has(person.title)) return namesOrg(person.org, text, subject.start, ctx) && !UNNAMED_ORG.test(person.org) ? orgSpeaker(person.org) : null;
    const known = person.title ? ctx.people.withTitle(person.title, person.org) : null;
    return known ? personSpeaker(known) : null;
  }

  const org = text.replace(ORG_VOICE_SUFFIX, '');
  if (isOrgPhrase(org)) return orgSpeaker(org);
  if (UNNAMED_SOURCE.test(text) || text.length <= UNNAMED_MAX) return null;
  return undefined;
}

/** This/that person by a title (这位创始人, 该高管, 这名分析师). */
const DEMONSTRATIVE = /^(?:这位|那位|该|这名)/;

/**
 * The known person a form of address (周总) or a demonstrative with a title (这位创始人) refers back
 * to, or null: the title's last mention before must have introduced that person by name — after
 * 一位设备企业负责人, 这位负责人 stays unnamed.
 */
function personReferredTo(text: string, pos: number, ctx: SpeakerContext): Person | null {
  const address = SURNAME_ADDRESS.exec(text);
  // The one known person of that surname.
  if (address && surnameLength(text) === address[1].length) return ctx.people.withSurname(address[1]);
  const demonstrative = DEMONSTRATIVE.exec(text);
  if (!demonstrative) return null;
  const title = text.slice(demonstrative[0].length);
  if (titleAtEnd(title) !== title) return null;
  const last = ctx.norm.lastIndexOf(title, pos - 1);
  // The title met before names whoever it introduced then (nobody, after 一家设备企业的负责人); never met
  // (该高管 after 首席财务官陆嘉明), it refers to the person last speaking or named.
  return last >= 0 ? ctx.people.introducedAt(last + title.length) : lastPerson(ctx, pos);
}

/** An organisation the article leaves unnamed (国内一家设备企业, 某券商). */
const UNNAMED_ORG = /^(?:国内|国外|海外|本地|当地|业内|行业内)?(?:一家|某|多家|几家|一些|部分)/;

/** Shorter affiliations the dictionary does not know are common nouns (工厂负责人). */
const MIN_UNKNOWN_ORG = 3;

/** Whether `org` (from `text` at `start`) names an organisation: a known company, one by form, one long enough, or one resolved from 公司. */
function namesOrg(org: string, text: string, start: number, ctx: SpeakerContext): boolean {
  const at = text.indexOf(org);
  return at < 0 || org.length >= MIN_UNKNOWN_ORG || isOrgPhrase(org) || ctx.companies.endingAt(start + at + org.length) !== null;
}

/** A person as the registry knows them, filling what this mention leaves out (and back). */
function withKnown(known: Person | null, found: Person): Person {
  if (!known) return found;
  known.title ??= found.title;
  known.org ??= found.org;
  return known;
}

function lastPerson(ctx: SpeakerContext, pos: number): Person | null {
  const mentioned = ctx.people.lastBefore(pos);
  const spoke = ctx.lastPerson;
  if (spoke && (!mentioned || spoke.pos >= mentioned.pos)) return spoke.person;
  return mentioned?.person ?? null;
}

function companyBefore(ctx: SpeakerContext, pos: number): Speaker | null {
  const company = ctx.topics.companyAt(pos);
  return company ? orgSpeaker(company.name) : null;
}

/** The subject is a company the dictionary knows, perhaps with 方面/公告…: 青云科技公告称. */
function companySubject(subject: SubjectPhrase, ctx: SpeakerContext): string | null {
  const voice = ORG_VOICE_SUFFIX.exec(subject.text);
  let end = voice ? subject.end - voice[0].length : subject.end;
  if (voice) end -= ADVERB_AT_END.exec(subject.text.slice(0, end - subject.start))?.[0].length ?? 0;
  let mention = ctx.companies.endingAt(end);
  if (!mention) return ctx.topics.companyNamed(subject.text.slice(0, end - subject.start));
  if (mention.start < subject.clauseStart) return null;
  // A descriptor may stand before the company (光刻机巨头阿斯麦); of companies joined by 和/、 the first speaks.
  for (let prev = ctx.companies.lastBefore(mention.start); prev && prev.start >= subject.start; prev = ctx.companies.lastBefore(prev.start)) {
    if (!JOINER.test(subject.text.slice(prev.end - subject.start, mention.start - subject.start))) break;
    mention = prev;
  }
  return mention.name;
}

/** Between two companies that speak together: 和, 与, 及, 、, perhaps after the first one's code. */
const JOINER = /^\s*(?:[（(][^（()）]{1,30}[）)])?\s*(?:和|与|及|以及|、)$/;

interface ParsedPerson {
  name: string | null;
  title: string | null;
  org: string | null;
}

/** [organisation][title]name, name[title], or a title alone (董事长表示). */
function parsePerson(text: string, start: number, ctx: SpeakerContext): ParsedPerson | null {
  const known = (s: string) => ctx.people.get(s) !== null;
  const title = titleAtEnd(text);
  if (title) {
    const before = text.slice(0, text.length - title.length);
    if (known(before) || looksLikeName(before)) return { name: before, title, org: null };
    return { name: null, title, org: affiliation(before, start, ctx) };
  }
  for (const name of foreignNamesAtEnd(text)) {
    const rest = text.slice(0, text.length - name.length).trimEnd();
    const t = rest ? titleAtEnd(rest) : null;
    if (t) return { name, title: t, org: affiliation(rest.slice(0, rest.length - t.length).trimEnd(), start, ctx) };
    if (rest === '' && known(name)) return { name, title: null, org: null };
  }
  let bare: ParsedPerson | null = null;
  // A name of a rare surname after its title (执行院长盘和林), when no shorter name fits.
  let rare: ParsedPerson | null = null;
  for (const len of NAME_LENGTHS) {
    if (text.length < len || (len === 4 && surnameLength(text.slice(-4)) !== 2)) continue;
    const name = text.slice(-len);
    const rest = text.slice(0, -len);
    const t = rest ? titleAtEnd(rest) : null;
    if (!known(name) && !looksLikeName(name)) {
      if (len === 3 && t && couldBeName(name)) rare = { name, title: t, org: affiliation(rest.slice(0, rest.length - t.length), start, ctx) };
      continue;
    }
    if (t) return { name, title: t, org: affiliation(rest.slice(0, rest.length - t.length), start, ctx) };
    if (!bare && (rest === '' || known(name))) bare = { name, title: null, org: null };
  }
  return rare ?? bare;
}

/** The organisation written before a title: 青云科技 / 文渊智库的 / 公司 (the company last named). */
function affiliation(phrase: string, start: number, ctx: SpeakerContext): string | null {
  const org = phrase.replace(/(?:有关|相关)?的?$/, '');
  if (!org) return null;
  if (COMPANY_REFERENCE.test(org)) return companyBefore(ctx, start)?.name ?? null;
  if (!isAffiliation(org)) return null;
  // The sector after a firm (招商证券汽车首席分析师, 国泰海通计算机首席分析师) is not part of it.
  return withoutSector(org, (length) => {
    const firm = ctx.companies.endingAt(start + length);
    return firm !== null && firm.start >= start;
  });
}
