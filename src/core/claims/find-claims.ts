import { CompanyIndex } from '../quotes/company-index';
import { COMPANY_REFERENCE } from '../quotes/organisations';
import type { Doc } from '../text/doc';
import type { Claim, ClaimType, CompanyHit, Quote, Span } from '../types';
import { guidanceCompany, REPORTER } from './claim-author';
import { claimSpans, trim } from './claim-spans';
import { ANALYST_ORG, EXECUTIVE, guidanceCue, HEDGED, OWN_OUTLOOK, PLAN, RATING } from './cues';
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
/** Adverbs and a metric between a company and its guidance verb: 首都在线此前预计, 胜宏科技归母净利润预计. */
const SUBJECT_TAIL = /(?:(?:全年|今年|明年|[一二三四]季度)?(?:归母净利润|净利润|营业收入|营收|收入|利润|资本开支|出货量|销量|交付量|毛利率))?(?:此前|则|也|还|同时|近日|日前|今年|均|已|亦|仍|继续|进一步)*$/;
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
      const voice = companyVoice(seg.quote);
      if (spans.length === 0 && seg.quote) {
        const words = norm.slice(seg.start, seg.end);
        const type: ClaimType | null = voice !== 'none' && PLAN.test(words) ? 'guidance' : isOpinion(norm, seg.quote, seg.start) || RATING.test(words) || (seg.quote.direct && voice === 'none') ? 'assessment' : null;
        const [start, end] = trim(norm, seg.start, seg.end);
        if (type && end > start) spans.push({ start, end, type, reporter: false });
      }
      if (spans.length === 0 && !seg.quote) {
        const plan = PLAN.exec(norm.slice(seg.start, seg.end));
        const at = plan ? seg.start + plan.index : -1;
        if (plan && companySubject(norm, index, at) && !ANALYST_ORG.test(index.lastBefore(at + 1)?.name ?? '')) {
          let from = at;
          while (from > seg.start && !CLAUSE_BREAK.test(norm[from - 1])) from--;
          const [start, end] = trim(norm, from, seg.end);
          if (end > start) spans.push({ start, end, type: 'guidance', reporter: false });
        }
      }
      for (const span of spans) {
        let type: ClaimType = span.type;
        let by = seg.quote ? seg.quote.speaker.name : span.reporter ? REPORTER : null;
        const cue = guidanceCue(norm.slice(span.start, span.end));
        // Guidance is a company's own outlook: its subject is the company, 公司, or left out.
        if (cue >= 0 && (!seg.quote || voice !== 'none') && companySubject(norm, index, span.start + cue)) {
          const company = seg.quote ? by : guidanceCompany(index, sentence.start, span.start + cue);
          if (company) {
            type = 'guidance';
            by = company;
          }
        }
        if (type === 'guidance' && by === null) {
          const plan = PLAN.exec(norm.slice(span.start, span.end));
          by = guidanceCompany(index, sentence.start, span.start + (plan?.index ?? 0));
        }
        // A forecast in a company's own voice about its own plans and results is its guidance.
        if (type === 'forecast' && seg.quote && voice !== 'none') {
          const words = norm.slice(span.start, span.end);
          if (!HEDGED.test(words) && (voice === 'company' ? OWN_OUTLOOK : OWN_COMPANY).test(words)) type = 'guidance';
        }
        out.push({ text: doc.text.slice(span.start, span.end), start: span.start, end: span.end, type, by });
      }
    }
  }
  return out;
}

/** Words an executive uses of their own company. */
const OWN_COMPANY = /公司|我们|本公司|集团|目标|计划|力争|争取|指引/;

/** Whether a quote speaks for a company: the company itself, one of its executives, or neither. */
function companyVoice(quote: Quote | null): 'company' | 'executive' | 'none' {
  if (!quote) return 'none';
  const { name, title, org, isOrg } = quote.speaker;
  if (isOrg) return name && !ANALYST_ORG.test(name) && !/^(?:一位|某|这位|根据)/.test(name) ? 'company' : 'none';
  return title && EXECUTIVE.test(title) && !(org && ANALYST_ORG.test(org)) ? 'executive' : 'none';
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
  const subject = norm.slice(start, at).replace(SUBJECT_TAIL, '').replace(STOCK_CODE_ASIDE, '');
  if (subject === '' || COMPANY_REFERENCE.test(subject)) return true;
  const mention = companies.endingAt(start + subject.length);
  return mention !== null && mention.start >= start;
}
