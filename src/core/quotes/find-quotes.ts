import type { CompanyHit, Quote, Speaker } from '../types';
import type { Doc } from '../text/doc';
import { CompanyIndex } from './company-index';
import { findPeople, type People, type Person, type SpeakerSlot } from './people';
import { findQuotedSpans, isSpeechLike, type QuotedSpan } from './quote-marks';
import { orgSpeaker, personSpeaker, resolveSpeaker, type SpeakerContext } from './resolve-speaker';
import { findSpeechVerbs, RECIPIENT, type VerbHit } from './speech-verbs';
import { stripLeading, subjectBefore, type SubjectPhrase } from './subject';
import { sentenceStart, Topics } from './topics';
import { UNNAMED_OPENING, UNNAMED_SOURCE } from './non-speakers';
import { labelledParagraphs } from './labelled-paragraphs';
import { governmentOpening } from './organisations';

/** Between a verb and its words: 说/道/称 (补充说, 解释道, 回应称), colon, comma, spaces. */
const AFTER_VERB = /^(?:说道|说|道|称|得[^，。；“”]{1,6}(?=[：:，,]))?[：:，,\s]*/;
/** What ends reported words (outside quotation marks). */
const REPORTED_END = /[。！？!?\n]/;
const TRAILING_PUNCT = /[\s。！？!?；;，,：:…]+$/;
/** Between a quotation and the statement that attributes it afterwards: no sentence end, a date at most. */
const POSTPOSED_GAP = /^[^。！？!?\n“”「」]{0,16}$/;
/** Between a statement (or quotation) and a quotation continuing it: punctuation and space only. */
const CONTINUATION_GAP = /^[\s。！？!?；;，,：:…]*$/;
const SENTENCE_FINAL = /[。！？!?…]$/;
/** What opens a sentence that ends in its own attribution (…，他说。). */
const SENTENCE_OPEN = /[。！？!?\n“”「」]/;
const MAX_WORDS_BEFORE = 200;
const MIN_WORDS_BEFORE = 6;
/** How far into a clause after ； a speech verb makes it a statement of its own. */
const MAX_SUBJECT_BEFORE_VERB = 24;
/** Longest introducing clause looked at before a quotation. */
const MAX_INTRO = 40;
/** A sentence opening with a reference to the company last named (公司预计…；预计…). */
const COMPANY_REFERENCE_OPENING = /^(?:该公司|公司|这家公司)(?!的)/;
/** What a clause may hold before its verb and still have no subject (…，并预计). */
const BARE_CLAUSE = /^\s*(?:并且|并|同时|还|也|则|亦|另外|此外|而且|而)*\s*$/;
const SENTENCE_CLOSE = /[。！？!?\n]/;
/** Verbs that may close a sentence of reported words (…，他说。). */
const ATTRIBUTING_VERBS = new Set(['说', '说道', '表示', '称', '指出', '透露', '坦言', '强调', '补充']);
/** Reported words that open with a modal (表示将…, 表示会…) are speech however short, not the verb's object. */
const MODAL_OPENING = /^(?:将|会|拟|要|计划|希望|有望|争取|力争)/;
/** Reported words joined to their verb without punctuation shorter than this are its object. */
const MIN_UNPUNCTUATED_WORDS = 12;

/** One attributed statement: a speech verb with its subject and the words it introduces. */
export interface Statement {
  verb: VerbHit;
  clauseStart: number;
  /** `null`: someone we may not name (reporter, media, unnamed source). */
  speaker: Speaker | null;
  /** The reported words, or null when the verb introduces a quotation or closes a sentence. */
  words: { start: number; end: number } | null;
  /** The quotation opening right after the verb (王超表示：“…”). */
  quote: QuotedSpan | null;
  /** Where the statement ends, for a quotation continuing it (its words, reported or not). */
  anchorEnd: number;
}

/**
 * Every statement the article attributes to a named person or organisation: reported words
 * after a speech verb, and quotations attributed before, after, or by continuing a statement.
 */
export function findQuotes(doc: Doc, companies: CompanyHit[]): Quote[] {
  const norm = doc.norm;
  const quoted = findQuotedSpans(norm);
  const speech = quoted.filter((q) => isSpeechLike(norm, q));
  const index = new CompanyIndex(companies);
  // Each speech verb with the subject before it, found once for the people registry and the statements.
  const verbs = findSpeechVerbs(norm).map((verb) => ({ verb, subject: subjectBefore(norm, verb.start) }));
  const ctx = speakerContext(doc, index, verbs);
  const statements = findStatements(doc, quoted, speech, ctx, verbs);
  const out: Quote[] = [];
  for (const st of statements) {
    if (st.words && st.speaker?.name) out.push(quote(doc, st.speaker, st.words.start, st.words.end, false));
  }
  for (const [q, speaker] of attributeQuotations(norm, speech, statements, ctx.people)) {
    if (speaker?.name) out.push(quote(doc, speaker, q.start, q.end, true));
  }
  const labelled = labelledParagraphs(norm, ctx).map((w) => quote(doc, w.speaker, w.start, w.end, true));
  const outside = out.filter((q) => !labelled.some((l) => q.start < l.end && l.start < q.end));
  return [...outside, ...labelled].sort((a, b) => a.start - b.start).map((q) => withNameAsWritten(doc, q));
}

/** The speaker's name as the article writes it (萨提亚•纳德拉), where reading folded its dots or widths. */
function withNameAsWritten(doc: Doc, q: Quote): Quote {
  const name = q.speaker.name;
  if (!name || /^[\p{Script=Han}]+$/u.test(name)) return q;
  const at = doc.norm.indexOf(name);
  if (at >= 0) q.speaker.name = doc.text.slice(at, at + name.length);
  return q;
}

function quote(doc: Doc, speaker: Speaker, start: number, end: number, direct: boolean): Quote {
  return { speaker: { ...speaker }, start, end, text: doc.text.slice(start, end), direct };
}

/** A speech verb and the subject phrase before it (null where its clause is too long to have one). */
interface SpeechVerb {
  verb: VerbHit;
  subject: SubjectPhrase | null;
}

function speakerContext(doc: Doc, index: CompanyIndex, verbs: readonly SpeechVerb[]): SpeakerContext {
  const norm = doc.norm;
  const splitsWord = (start: number, end: number) => {
    for (let i = start + 1; i < end; i++) if (doc.isBoundary(i)) return true;
    return false;
  };
  return { norm, companies: index, topics: new Topics(norm, index), people: findPeople(norm, index, speakerSlots(norm, verbs), splitsWord), lastPerson: null, lastOrg: null };
}

/** A clause of a few words ending in a colon (周启航：, 答：) where a quotation or a paragraph of words follows. */
const COLON_LABEL = /(?:^|[\n。！？!?；;，,])[ \t]*([^\n。！？!?；;，,：:“”「」]{2,30})[：:]/g;

/** Where the text names someone as a speaker: subjects of speech verbs and names labelling their words with a colon. */
function* speakerSlots(norm: string, verbs: readonly SpeechVerb[]): Generator<SpeakerSlot> {
  for (const { subject } of verbs) if (subject?.text) yield { start: subject.start, text: subject.text };
  COLON_LABEL.lastIndex = 0;
  for (let m = COLON_LABEL.exec(norm); m; m = COLON_LABEL.exec(norm)) {
    const label = stripLeading(m[1]);
    yield { start: m.index + m[0].length - 1 - label.length, text: label };
  }
}

function findStatements(doc: Doc, quoted: QuotedSpan[], speech: QuotedSpan[], ctx: SpeakerContext, verbs: readonly SpeechVerb[]): Statement[] {
  const norm = doc.norm;
  const speechAt = new Map(speech.map((q) => [q.open, q]));
  const statements: Statement[] = [];
  let qi = 0;
  let covered = 0;
  const verbAt = new Set(verbs.map((v) => v.verb.start));
  for (const { verb, subject } of verbs) {
    while (qi < quoted.length && quoted[qi].close < verb.start) qi++;
    if (qi < quoted.length && quoted[qi].open < verb.start) continue; // inside a quotation
    if (verb.start < covered) continue; // inside words already reported
    if (!subject) continue;
    const own = ownClauseStart(norm, verb.start);
    const speaker = own >= 0 ? sentenceSpeaker(norm, own, ctx) : resolveSpeaker(subject, ctx);
    if (speaker === undefined || (speaker === null && !verb.allowsUnnamed)) continue;

    let at = verb.end;
    if (verb.verb === '告诉') at += RECIPIENT.exec(norm.slice(at))?.[0].length ?? 0;
    at += AFTER_VERB.exec(norm.slice(at, at + 8))![0].length;
    const q = speechAt.get(at) ?? null;
    let words = q ? null : reportedWords(norm, at, speechAt, (from) => opensStatement(norm, from, verbAt, ctx));
    const anchorEnd = words?.end ?? null;
    // Words run straight on from the verb (孙维平认为关键在于…): a short phrase is its object, not speech.
    if (words && at === verb.end && words.end - words.start < MIN_UNPUNCTUATED_WORDS && !MODAL_OPENING.test(norm.slice(at, at + 2))) words = null;
    // A verb closing its sentence (…，他说。) attributes the words before it.
    if (!q && !words && ATTRIBUTING_VERBS.has(verb.verb) && SENTENCE_CLOSE.test(norm[at] ?? '')) words = wordsBefore(norm, subject.clauseStart, covered);
    statements.push({ verb, clauseStart: subject.clauseStart, speaker, words, quote: q, anchorEnd: words?.end ?? anchorEnd ?? verb.end });
    covered = Math.max(words?.end ?? 0, at);
    if (speaker?.isOrg && speaker.name) ctx.lastOrg = { pos: verb.start, name: speaker.name };
    else if (speaker?.name) ctx.lastPerson = { pos: verb.start, person: ctx.people.get(speaker.name) ?? { name: speaker.name, title: speaker.title, org: speaker.org } };
    else if (speaker === null && (UNNAMED_OPENING.test(subject.text) || UNNAMED_SOURCE.test(subject.text))) ctx.lastPerson = { pos: verb.start, person: null };
  }
  return statements;
}

/**
 * Reported words attributed at the end of their sentence (…，他说。): from the start of the
 * sentence (not before `floor`) to the comma before the attribution clause.
 */
function wordsBefore(norm: string, clauseStart: number, floor: number): { start: number; end: number } | null {
  const comma = clauseStart - 1;
  if (!/[，,]/.test(norm[comma] ?? '') || /[”」]/.test(norm[comma - 1] ?? '')) return null;
  let start = comma;
  const limit = Math.max(floor, comma - MAX_WORDS_BEFORE);
  while (start > limit && !SENTENCE_OPEN.test(norm[start - 1])) start--;
  if (start > 0 && !SENTENCE_OPEN.test(norm[start - 1])) return null;
  while (start < comma && /\s/.test(norm[start])) start++;
  return comma - start >= MIN_WORDS_BEFORE ? { start, end: comma } : null;
}

/** Where the clause of a verb with no subject of its own begins (…，并预计 / …；预计), or -1. */
function ownClauseStart(norm: string, verbStart: number): number {
  let i = verbStart;
  while (i > 0 && verbStart - i < 6 && !/[，,；;。！？!?\n]/.test(norm[i - 1])) i--;
  return /[，,；;]/.test(norm[i - 1] ?? '') && BARE_CLAUSE.test(norm.slice(i, verbStart)) ? i : -1;
}

/**
 * Whether the clause at `from` is a statement of its own (…；优刻得预计… / …；预计…): a speech
 * verb opening it, or one within its first words after a subject naming a speaker.
 */
function opensStatement(norm: string, from: number, verbAt: Set<number>, ctx: SpeakerContext): boolean {
  for (let j = from; j < norm.length && j - from <= MAX_SUBJECT_BEFORE_VERB; j++) {
    if (verbAt.has(j)) {
      if (j === from) return true;
      const subject = subjectBefore(norm, j);
      return !!subject && subject.clauseStart === from && !!resolveSpeaker(subject, ctx)?.name;
    }
    if (/[，,。；;：:！？!?\n“”「」]/.test(norm[j])) return false;
  }
  return false;
}

/**
 * The speaker of a clause with no subject of its own (…，并表示… / …；预计…): the company or
 * known person the sentence opens with, or undefined.
 */
function sentenceSpeaker(norm: string, clauseStart: number, ctx: SpeakerContext): Speaker | undefined {
  if (!/[，,；;]/.test(norm[clauseStart - 1] ?? '')) return undefined;
  const start = sentenceStart(norm, clauseStart);
  // A person the sentence opens with, by title and name, speaks rather than their firm (国泰海通首席分析师方晓岚看好…，认为…).
  const introduced = ctx.people.lastBefore(clauseStart);
  if (introduced && introduced.pos >= start && introduced.person.title && !norm.slice(start, introduced.pos).match(/[，,；;]/)) return personSpeaker(introduced.person);
  const company = ctx.topics.sentenceCompany(clauseStart);
  if (company) return orgSpeaker(company.name);
  const head = stripLeading(norm.slice(start, clauseStart));
  const reference = COMPANY_REFERENCE_OPENING.exec(head);
  if (reference) {
    const referred = ctx.topics.companyAt(start);
    return referred ? orgSpeaker(referred.name) : undefined;
  }
  const named = ctx.topics.companyOpening(head);
  if (named) return orgSpeaker(named);
  // A government body opening the sentence (国家能源局印发《…》，提出…) speaks for its bare clauses.
  const body = governmentOpening(head);
  if (body) return orgSpeaker(body);
  for (const len of [4, 3, 2]) {
    const person = ctx.people.get(head.slice(0, len));
    if (person) return personSpeaker(person);
  }
  return undefined;
}

/** The words from `from` to the end of the sentence or to a quotation that continues them. */
function reportedWords(norm: string, from: number, speechAt: Map<number, QuotedSpan>, isStatement: (from: number) => boolean): { start: number; end: number } | null {
  let depth = 0;
  let end = norm.length;
  for (let i = from; i < norm.length; i++) {
    const ch = norm[i];
    if (depth === 0 && speechAt.has(i)) {
      end = i;
      break;
    }
    if (ch === '“' || ch === '「') depth++;
    else if ((ch === '”' || ch === '」') && depth > 0) depth--;
    else if (ch === '\n' || (depth === 0 && REPORTED_END.test(ch)) || (depth === 0 && /[；;]/.test(ch) && isStatement(i + 1))) {
      end = i;
      break;
    }
  }
  const trimmed = norm.slice(from, end).replace(TRAILING_PUNCT, '');
  return trimmed.length > 0 ? { start: from, end: from + trimmed.length } : null;
}

/**
 * Gives each quotation its speaker: the statement whose verb introduces it, the statement
 * right after it (“…”王超说 / “…”2月8日，王超表示，…), or the statement or quotation it
 * continues (王超表示，…。“…”). A quotation with none of these is left out.
 */
function attributeQuotations(norm: string, speech: QuotedSpan[], statements: Statement[], people: People): Map<QuotedSpan, Speaker | null> {
  const out = new Map<QuotedSpan, Speaker | null>();
  const introducing = new Map<QuotedSpan, Statement>();
  for (const st of statements) if (st.quote) introducing.set(st.quote, st);

  let si = 0;
  let anchor: { end: number; speaker: Speaker | null } | null = null;
  for (const q of speech) {
    while (si < statements.length && statements[si].verb.start < q.open) {
      const st = statements[si++];
      const end = st.anchorEnd;
      if (!anchor || end > anchor.end) anchor = { end, speaker: st.speaker };
    }
    let speaker: Speaker | null | undefined = introducing.get(q)?.speaker;
    if (speaker === undefined) {
      const after = statementAfter(norm, q, statements, si);
      const gap = anchor && anchor.end <= q.open ? norm.slice(anchor.end, q.open) : null;
      const continues = gap !== null && CONTINUATION_GAP.test(gap) ? anchor : null;
      const quoteEndsSentence = SENTENCE_FINAL.test(norm.slice(q.start, q.end));
      // A quotation opening a new paragraph and attributed right after is that speaker's.
      const newParagraph = gap !== null && gap.includes('\n');
      if (after && (!after.words || !quoteEndsSentence || !continues || newParagraph)) speaker = after.speaker;
      else if (continues) speaker = continues.speaker;
      else {
        const introducer = introducedBy(norm, q.open, people);
        if (introducer) speaker = personSpeaker(introducer);
      }
    }
    if (speaker === undefined) continue;
    out.set(q, speaker);
    anchor = { end: q.close + 1, speaker };
  }
  return out;
}

/**
 * The person a sentence right before a quotation introduces as its speaker (林知远的回答相当直接。
 * “…” / 关于…，何立群给出了他的看法。“…”): a known person opening the last clause of that sentence, or,
 * before a colon, closing it (…首席分析师陈思远：“…”).
 */
function introducedBy(norm: string, open: number, people: People): Person | null {
  let end = open;
  while (end > 0 && /\s/.test(norm[end - 1])) end--;
  if (!/[。：:]/.test(norm[end - 1] ?? '')) return null;
  let start = end - 1;
  const limit = Math.max(0, end - MAX_INTRO);
  while (start > limit && !/[，,；;。！？!?\n“”「」]/.test(norm[start - 1])) start--;
  const head = stripLeading(norm.slice(start, end - 1));
  for (const len of [4, 3, 2]) {
    const person = people.get(head.slice(0, len));
    if (person) return person;
  }
  // A name and a colon with no verb, after its title and organisation (华创证券首席分析师陈思远：“…”).
  if (/[：:]/.test(norm[end - 1])) {
    for (const len of [4, 3, 2]) {
      const person = head.length > len ? people.get(head.slice(-len)) : undefined;
      if (person) return person;
    }
  }
  return null;
}

/** The statement whose clause begins right after quotation `q` (a date or connective between at most). */
function statementAfter(norm: string, q: QuotedSpan, statements: Statement[], from: number): Statement | null {
  for (let i = from; i < statements.length; i++) {
    const st = statements[i];
    if (st.clauseStart <= q.close) continue;
    return POSTPOSED_GAP.test(norm.slice(q.close + 1, st.clauseStart)) ? st : null;
  }
  return null;
}
