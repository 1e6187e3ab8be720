import type { CompanyHit, Quote, Speaker } from '../types';
import type { Doc } from '../text/doc';
import { CompanyIndex } from './company-index';
import { findPeople } from './people';
import { findQuotedSpans, isSpeechLike, type QuotedSpan } from './quote-marks';
import { resolveSpeaker, type SpeakerContext } from './resolve-speaker';
import { findSpeechVerbs, RECIPIENT, type VerbHit } from './speech-verbs';
import { subjectBefore } from './subject';

/** Between a verb and its words: 说/道 (补充说, 解释道), colon, comma, spaces. */
const AFTER_VERB = /^(?:说道|说|道)?[：:，,\s]*/;
/** What ends reported words (outside quotation marks). */
const REPORTED_END = /[。！？!?\n]/;
const TRAILING_PUNCT = /[\s。！？!?；;，,：:…]+$/;
/** Between a quotation and the statement that attributes it afterwards: no sentence end, a date at most. */
const POSTPOSED_GAP = /^[^。！？!?\n“”「」]{0,16}$/;
/** Between a statement (or quotation) and a quotation continuing it: punctuation and space only. */
const CONTINUATION_GAP = /^[\s。！？!?；;，,：:…]*$/;
const SENTENCE_FINAL = /[。！？!?…]$/;

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
}

/**
 * Every statement the article attributes to a named person or organisation: reported words
 * after a speech verb, and quotations attributed before, after, or by continuing a statement.
 */
export function findQuotes(doc: Doc, companies: CompanyHit[]): Quote[] {
  const norm = doc.norm;
  const quoted = findQuotedSpans(norm);
  const speech = quoted.filter((q) => isSpeechLike(norm, q));
  const statements = findStatements(doc, companies, quoted, speech);
  const out: Quote[] = [];
  for (const st of statements) {
    if (st.words && st.speaker?.name) out.push(quote(doc, st.speaker, st.words.start, st.words.end, false));
  }
  for (const [q, speaker] of attributeQuotations(norm, speech, statements)) {
    if (speaker?.name) out.push(quote(doc, speaker, q.start, q.end, true));
  }
  return out.sort((a, b) => a.start - b.start);
}

function quote(doc: Doc, speaker: Speaker, start: number, end: number, direct: boolean): Quote {
  return { speaker: { ...speaker }, start, end, text: doc.text.slice(start, end), direct };
}

export function findStatements(doc: Doc, companies: CompanyHit[], quoted: QuotedSpan[], speech: QuotedSpan[]): Statement[] {
  const norm = doc.norm;
  const index = new CompanyIndex(companies);
  const ctx: SpeakerContext = { companies: index, people: findPeople(norm, index), lastPerson: null, lastOrg: null };
  const speechAt = new Map(speech.map((q) => [q.open, q]));
  const statements: Statement[] = [];
  let qi = 0;
  let covered = 0;
  for (const verb of findSpeechVerbs(norm)) {
    while (qi < quoted.length && quoted[qi].close < verb.start) qi++;
    if (qi < quoted.length && quoted[qi].open < verb.start) continue; // inside a quotation
    if (verb.start < covered) continue; // inside words already reported
    const subject = subjectBefore(norm, verb.start);
    if (!subject) continue;
    const speaker = resolveSpeaker(subject, ctx);
    if (speaker === undefined || (speaker === null && !verb.allowsUnnamed)) continue;

    let at = verb.end;
    if (verb.verb === '告诉') at += RECIPIENT.exec(norm.slice(at))?.[0].length ?? 0;
    at += AFTER_VERB.exec(norm.slice(at, at + 8))![0].length;
    const q = speechAt.get(at) ?? null;
    const words = q ? null : reportedWords(norm, at, speechAt);
    statements.push({ verb, clauseStart: subject.clauseStart, speaker, words, quote: q });
    covered = words?.end ?? verb.end;
    if (speaker?.isOrg && speaker.name) ctx.lastOrg = { pos: verb.start, name: speaker.name };
    else if (speaker?.name) ctx.lastPerson = { pos: verb.start, person: ctx.people.get(speaker.name) ?? { name: speaker.name, title: speaker.title, org: speaker.org } };
  }
  return statements;
}

/** The words from `from` to the end of the sentence or to a quotation that continues them. */
function reportedWords(norm: string, from: number, speechAt: Map<number, QuotedSpan>): { start: number; end: number } | null {
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
    else if (ch === '\n' || (depth === 0 && REPORTED_END.test(ch))) {
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
function attributeQuotations(norm: string, speech: QuotedSpan[], statements: Statement[]): Map<QuotedSpan, Speaker | null> {
  const out = new Map<QuotedSpan, Speaker | null>();
  const introducing = new Map<QuotedSpan, Statement>();
  for (const st of statements) if (st.quote) introducing.set(st.quote, st);

  let si = 0;
  let anchor: { end: number; speaker: Speaker | null } | null = null;
  for (const q of speech) {
    while (si < statements.length && statements[si].verb.start < q.open) {
      const st = statements[si++];
      const end = st.words?.end ?? st.verb.end;
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
    }
    if (speaker === undefined) continue;
    out.set(q, speaker);
    anchor = { end: q.close + 1, speaker };
  }
  return out;
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
