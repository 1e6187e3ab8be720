import { CompanyIndex } from '../quotes/company-index';
import { COMPANY_REFERENCE } from '../quotes/organisations';
import type { Doc } from '../text/doc';
import type { Claim, ClaimType, CompanyHit, Quote, Span } from '../types';
import { guidanceCompany, REPORTER } from './claim-author';
import { claimSpans, trim } from './claim-spans';
import { guidanceCue } from './cues';
import { segmentSentence } from './segments';

/** A paragraph of one unpunctuated sentence up to this long is a heading or byline. */
const HEADING_MAX = 30;
const TERMINAL = /[。！？!?；;…”」』）)]$/;
const QUESTION = /[？?][”」』）)]*$|是否/;
/** Reported words after these verbs are the speaker's judgement even without a cue word. */
const OPINION_BEFORE = /(?:认为|看来|判断|相信)[，,：:]?$/;
const OPINION_LOOKBEHIND = 4;
/** A stock code after the company name: 寒武纪（688256.SH）预计… */
const STOCK_CODE_ASIDE = /[（(][^（()）]{1,20}[）)]$/;
/** Start of the clause a guidance cue stands in. */
const CLAUSE_BREAK = /[，,。！？!?；;：:\n“”]/;

/**
 * Claims: sentences or clauses that forecast, give guidance, explain a cause or pass a
 * judgement, each with who asserts it (the quote's speaker, the company for its guidance,
 * null for the article's own voice).
 */
export function findClaims(doc: Doc, companies: CompanyHit[], quotes: Quote[]): Claim[] {
  const norm = doc.norm;
  const index = new CompanyIndex(companies);
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  const out: Claim[] = [];
  let qi = 0;
  for (const sentence of doc.sentences) {
    if (QUESTION.test(sentence.text) || isHeading(norm, sentence)) continue;
    const { segments, next } = segmentSentence(norm, sentence, sorted, qi);
    qi = next;
    for (const seg of segments) {
      const spans = claimSpans(norm, seg.start, seg.end);
      if (spans.length === 0 && isOpinion(norm, seg.quote, seg.start)) {
        const [start, end] = trim(norm, seg.start, seg.end);
        if (end > start) spans.push({ start, end, type: 'assessment', reporter: false });
      }
      for (const span of spans) {
        let type: ClaimType = span.type;
        let by = seg.quote ? seg.quote.speaker.name : span.reporter ? REPORTER : null;
        const cue = guidanceCue(norm.slice(span.start, span.end));
        // Guidance is a company's own outlook: its subject is the company, 公司, or left out.
        if (cue >= 0 && companySubject(norm, index, span.start + cue)) {
          const company = seg.quote ? by : guidanceCompany(index, sentence.start, span.start + cue);
          if (company) {
            type = 'guidance';
            by = company;
          }
        }
        out.push({ text: doc.text.slice(span.start, span.end), start: span.start, end: span.end, type, by });
      }
    }
  }
  return out;
}

/** The segment opens the reported words of 认为/看来…: the speaker's own judgement. */
function isOpinion(norm: string, quote: Quote | null, start: number): boolean {
  return quote !== null && !quote.direct && quote.start === start && OPINION_BEFORE.test(norm.slice(start - OPINION_LOOKBEHIND, start));
}

function isHeading(norm: string, s: Span): boolean {
  const wholeParagraph = (s.start === 0 || norm[s.start - 1] === '\n') && (s.end === norm.length || norm[s.end] === '\n');
  return wholeParagraph && s.end - s.start <= HEADING_MAX && !TERMINAL.test(s.text);
}

/** The guidance cue at `at` has a company, 公司 or nothing as its subject (首都在线…，预计2024年…). */
function companySubject(norm: string, companies: CompanyIndex, at: number): boolean {
  let start = at;
  while (start > 0 && !CLAUSE_BREAK.test(norm[start - 1])) start--;
  const subject = norm.slice(start, at).replace(STOCK_CODE_ASIDE, '');
  if (subject === '' || COMPANY_REFERENCE.test(subject)) return true;
  const mention = companies.endingAt(start + subject.length);
  return mention !== null && mention.start >= start;
}
