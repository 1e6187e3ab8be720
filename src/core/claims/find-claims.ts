import { CompanyIndex } from '../quotes/company-index';
import { COMPANY_REFERENCE } from '../quotes/organisations';
import type { Doc } from '../text/doc';
import type { Claim, ClaimType, CompanyHit, Figure, Quote, Span } from '../types';
import { guidanceCompany, REPORTER } from './claim-author';
import { claimBody, claimSpans, trim } from './claim-spans';
import { activeInputs, classProbabilitiesOfActive, decideClaim, type ClaimModel } from './claim-model';
import { claimModel } from './data';
import { claimFeatures, type ClaimCandidate } from './features';
import { ANALYST_ORG, COMPANY_FUTURE, DISTRIBUTION, EXECUTIVE, GOVERNMENT_BODY, GOVERNMENT_PLAN, guidanceCue, HEDGED, OWN_OUTLOOK, PLAN, RATING, RATING_ACTION, SCHEDULED } from './cues';
import { segmentSentence } from './segments';

/** A paragraph of one unpunctuated sentence up to this long is a heading or byline. */
const HEADING_MAX = 30;
/** A numbered section heading (五、…｜…, （二）…) may run longer. */
const NUMBERED_HEADING_MAX = 60;
const NUMBERED = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．]\D)/;
/** A sentence's closing mark, before any closing quotation marks (a heading may end in a quoted term: 被低估的“第二战场”). */
const TERMINAL = /[。！？!?；;…][”」』）)"']*$/;
const QUESTION = /[？?][”」』）)]*$|是否/;
/** Reported words after these verbs are the speaker's judgement even without a cue word. */
const OPINION_BEFORE = /(?:认为|看来|判断|相信)[，,：:]?$/;
const OPINION_LOOKBEHIND = 4;
/** A stock code after the company name: 寒武纪（688256.SH）预计… */
const STOCK_CODE_ASIDE = /[（(][^（()）]{1,20}[）)]$/;
/** Adverbs and a metric between a company and its guidance verb: 首都在线此前预计, 胜宏科技归母净利润预计. */
const SUBJECT_TAIL = /(?:\d{4}年)?(?:(?:全年|今年|明年|[一二三四]季度)?(?:归母净利润|净利润|营业收入|营收|收入|利润|资本开支|出货量|销量|交付量|毛利率))?(?:此前|则|也|还|并|同时|近日|日前|今年|\d{4}年|均|已|亦|仍|继续|进一步)*$/;
/** A plan with its subject left out (将继续推进…, 我们会…, 明年力争…): in a company's voice, the company's own. */
const SPEAKER_AS_SUBJECT = /^(?:并|还|也|仍|同时|此外|未来|今年|明年|下半年|我们)?(?:将|会|计划|拟|要|力争|争取)/;
/** The company stating its own outlook (not 将, which only puts the sentence in the future). */
const OUTLOOK_CUE = /预计|预期|计划|拟|维持/;
/** Start of the clause a guidance cue stands in. */
const CLAUSE_BREAK = /[，,。！？!?；;：:\n“”]/;

/**
 * Claims: sentences or clauses that forecast, give guidance, explain a cause or pass a
 * judgement, each with who asserts it (the quote's speaker, the company for its guidance,
 * null for the article's own voice).
 */
export function findClaims(doc: Doc, companies: CompanyHit[], quotes: Quote[], figures: Figure[], model: ClaimModel = claimModel()): Claim[] {
  const norm = doc.norm;
  const index = new CompanyIndex(companies);
  const decided: DecidedClaim[] = [];
  for (const c of claimCandidates(doc, index, quotes)) {
    const reporter = !c.quote && c.by === REPORTER;
    const x = activeInputs(model, claimFeatures(norm, c, figures, reporter), doc.wordsIn(c.start, c.end));
    const best = decideClaim(c.ruleType, classProbabilitiesOfActive(model, x));
    if (!best) continue;
    // Guidance is the company's or body's, even in its executive's words.
    const speakerOwnGuidance = best.type === 'guidance' && c.quote && !c.quote.speaker.isOrg && c.by === c.quote.speaker.name;
    const by = best.type === c.ruleType && !speakerOwnGuidance ? c.by : claimant(best.type, c, index, doc.sentenceAt(c.start)?.start ?? c.start, reporter);
    decided.push({ start: c.start, end: c.end, type: best.type, by, confidence: best.confidence, quote: c.quote });
  }
  return joinSameKind(norm, decided).map((c) => ({ text: doc.text.slice(c.start, c.end), start: c.start, end: c.end, type: c.type, by: c.by, confidence: round(c.confidence) }));
}

/** A claim as decided, with the quote it lies in (null for the article's own words). */
export interface DecidedClaim {
  start: number;
  end: number;
  type: ClaimType;
  by: string | null;
  confidence: number;
  quote: Quote | null;
}

/** What may stand between two claims of one sentence: a ； or a comma, and a leading clause the second one dropped (；如今，). */
const SAME_SENTENCE_JOIN = /^[；;，,]\s*(?:[^，,。；;！？!?“”]{1,8}[，,])?$/;

/**
 * Claims of the same kind by the same claimant in one sentence are one claim, whatever joins them
 * (test/articles/README.md, settled where the annotators disagreed: two forecasts joined by ； are one
 * forecast). The document's sentences end at ；, and a clause opening with 预计 starts a claim of its own,
 * so adjacent claims of one kind are joined here; the joined claim is held as likely as the less likely
 * of the two.
 */
export function joinSameKind<T extends Omit<DecidedClaim, 'by'> & { by?: string | null }>(norm: string, claims: readonly T[]): T[] {
  const out: T[] = [];
  for (const c of claims) {
    const last = out[out.length - 1];
    if (last && last.type === c.type && last.quote === c.quote && (last.by ?? null) === (c.by ?? null) && c.start > last.end && SAME_SENTENCE_JOIN.test(norm.slice(last.end, c.start))) {
      out[out.length - 1] = { ...last, end: c.end, confidence: Math.min(last.confidence, c.confidence) };
    } else out.push(c);
  }
  return out;
}

const round = (p: number) => Math.round(p * 1000) / 1000;

/** Who asserts a claim the model typed differently from the rules: the speaker, or for guidance the company. */
function claimant(type: ClaimType, c: ClaimCandidate, index: CompanyIndex, sentenceStart: number, reporter: boolean): string | null {
  const speaker = c.quote?.speaker;
  if (type === 'guidance') {
    if (speaker?.isOrg) return speaker.name;
    if (speaker?.org) return speaker.org;
    return guidanceCompany(index, sentenceStart, c.start) ?? speaker?.name ?? null;
  }
  if (speaker) return speaker.name;
  return reporter ? REPORTER : null;
}

/** A stretch of words shorter than this is no claim candidate of its own. */
const MIN_CANDIDATE = 6;

/**
 * What the claim rules propose: every claim they find (typed, with its claimant) and every other
 * stretch of a sentence that could be one (untyped), for the model to decide.
 */
export function claimCandidates(doc: Doc, index: CompanyIndex, quotes: Quote[]): ClaimCandidate[] {
  const norm = doc.norm;
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  const out: ClaimCandidate[] = [];
  const titles = speakerTitles(sorted);
  let qi = 0;
  for (const sentence of doc.sentences) {
    if (QUESTION.test(sentence.text) || isHeading(norm, sentence)) continue;
    const { segments, next } = segmentSentence(norm, sentence, sorted, qi);
    qi = next;
    for (const seg of segments) {
      const spans = claimSpans(doc, seg.start, seg.end, forecastFrame(norm, seg.quote, seg.start) ? 'forecast' : undefined);
      const voice = companyVoice(seg.quote, titles);
      if (spans.length === 0 && seg.quote) {
        const words = norm.slice(seg.start, seg.end);
        const own = voice !== 'none' && (planAt(doc, seg.start, seg.end) >= 0 || COMPANY_FUTURE.test(words));
        const type: ClaimType | null = own ? 'guidance' : isOpinion(norm, seg.quote, seg.start) || RATING.test(words) || (seg.quote.direct && voice === 'none') ? 'assessment' : null;
        const { start, end } = claimBody(norm, seg.start, seg.end);
        if (type && end > start) spans.push({ start, end, type, reporter: false });
      }
      if (spans.length === 0 && !seg.quote) {
        const at = planAt(doc, seg.start, seg.end);
        if (at >= 0 && companySubject(norm, index, at) && !ANALYST_ORG.test(index.lastBefore(at + 1)?.name ?? '')) {
          let from = at;
          while (from > seg.start && !CLAUSE_BREAK.test(norm[from - 1])) from--;
          const [start, end] = trim(norm, from, seg.end);
          if (end > start) spans.push({ start, end, type: 'guidance', reporter: false });
        }
      }
      // A body's plan in its own words, or in its official's words naming it (国家能源局下一步将…).
      const body = (seg.quote ? governmentSpeaking(norm, seg) : null) ?? governmentPlan(norm, seg);
      if (body && spans.length === 0) {
        const { start, end } = claimBody(norm, seg.start, seg.end);
        if (end > start) spans.push({ start, end, type: 'guidance', reporter: false });
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
        // A forecast in a company's own voice is its guidance, unless hedged or about the market around it.
        if (type === 'forecast' && seg.quote && voice !== 'none') {
          const words = norm.slice(span.start, span.end);
          if (!HEDGED.test(words) && ((voice === 'company' ? OWN_OUTLOOK : OWN_COMPANY).test(words) || SPEAKER_AS_SUBJECT.test(words) || !MARKET.test(futureSubject(words)))) type = 'guidance';
        }
        // The article reporting a company's own plans in its words (台积电维持…指引, 新厂区预计明年投产) gives its guidance.
        if (type === 'forecast' && !seg.quote) {
          const company = reportedOwnOutlook(norm, index, span, sentence.start);
          if (company) {
            type = 'guidance';
            by = company;
          }
        }
        // A government body's own plan or target is its guidance (央行将…, 工信部提出，到2026年…).
        if (body && (type === 'forecast' || type === 'guidance')) {
          type = 'guidance';
          by = body;
        }
        if (type === 'assessment' && by === null && RATING_ACTION.test(norm.slice(span.start, span.end))) by = ratingBroker(index, sentence.start, span.end);
        out.push({ start: span.start, end: span.end, ruleType: type, by, quote: seg.quote, opinion: isOpinion(norm, seg.quote, seg.start), voice });
      }
      if (spans.length === 0) {
        const { start, end, reporter } = claimBody(norm, seg.start, seg.end);
        if (end - start >= MIN_CANDIDATE) {
          const by = seg.quote ? seg.quote.speaker.name : reporter ? REPORTER : null;
          out.push({ start, end, ruleType: null, by, quote: seg.quote, opinion: isOpinion(norm, seg.quote, seg.start), voice });
        }
      }
    }
  }
  return out;
}

/**
 * The company whose own plans or operations a forecast in the article's words is about: the
 * forecast cue has a company, 公司 or nothing as its subject, the words are about its plans,
 * operations or results (OWN_OUTLOOK), and no research house is the one forecasting.
 */
function reportedOwnOutlook(norm: string, companies: CompanyIndex, span: { start: number; end: number }, sentenceStart: number): string | null {
  const words = norm.slice(span.start, span.end);
  const cue = OUTLOOK_CUE.exec(words);
  if (!cue || HEDGED.test(words) || !(isPlan(words) || OWN_OUTLOOK.test(words))) return null;
  const at = span.start + cue.index;
  if (!companySubject(norm, companies, at)) return null;
  const company = guidanceCompany(companies, sentenceStart, at);
  return company && !ANALYST_ORG.test(company) ? company : null;
}

/** A company's announced plan, not a dividend already set or a date already fixed. */
function isPlan(words: string): boolean {
  return PLAN.test(words) && !DISTRIBUTION.test(words) && !SCHEDULED.test(words) && !RATING_ACTION.test(words);
}

const PLANS = new RegExp(PLAN.source, 'g');

/**
 * Offset of the first plan cue in [start, end) whose own clause is a plan: a dividend or a fixed date in
 * another clause of the sentence (派发股息…，并计划回购…) does not make the buy-back narration.
 */
function planAt(doc: Doc, start: number, end: number): number {
  const words = doc.norm.slice(start, end);
  PLANS.lastIndex = 0;
  for (let m = PLANS.exec(words); m; m = PLANS.exec(words)) {
    const clause = doc.clauseAt(start + m.index);
    if (clause && isPlan(doc.norm.slice(Math.max(start, clause.start), Math.min(end, clause.end)))) return start + m.index;
    if (m[0].length === 0) PLANS.lastIndex++;
  }
  return -1;
}

/** The government body whose plan or target the article's words state, if they open with one. */
function governmentPlan(norm: string, seg: { start: number; end: number }): string | null {
  const { start, end } = claimBody(norm, seg.start, seg.end);
  const words = norm.slice(start, end);
  const body = GOVERNMENT_BODY.exec(words);
  return body && GOVERNMENT_PLAN.test(words.slice(body[0].length)) && !SCHEDULED.test(words) ? body[0] : null;
}

/** The government body speaking in a quote, when its words are a plan or target (工信部提出，到2026年…). */
function governmentSpeaking(norm: string, seg: { start: number; end: number; quote: Quote | null }): string | null {
  const speaker = seg.quote?.speaker;
  if (!speaker?.isOrg || !speaker.name || GOVERNMENT_BODY.exec(speaker.name)?.[0] !== speaker.name) return null;
  const words = norm.slice(seg.start, seg.end);
  return GOVERNMENT_PLAN.test(words) && !SCHEDULED.test(words) ? speaker.name : null;
}

/** The broker behind a rating stated in the article's words: the research house that opens the sentence. */
function ratingBroker(companies: CompanyIndex, sentenceStart: number, end: number): string | null {
  const first = companies.firstFrom(sentenceStart);
  return first && first.end <= end && ANALYST_ORG.test(first.name) ? first.name : null;
}

/** What a company says of the market rather than of itself (行业需求将…, 全球AI眼镜的出货量有望…): a forecast. */
const MARKET = /市场|行业|产业|全球|全国|需求|渗透率|竞争|整体|板块|经济/;
const FUTURE_VERBS = /将|会|有望/g;

/** The words before a forecast's last future verb: what it says will change (…渗透率将超过50%), not where (向海外市场交付). */
function futureSubject(words: string): string {
  let at = 0;
  FUTURE_VERBS.lastIndex = 0;
  for (let m = FUTURE_VERBS.exec(words); m; m = FUTURE_VERBS.exec(words)) at = m.index;
  return words.slice(0, at);
}

/** Words an executive uses of their own company. */
const OWN_COMPANY = /公司|我们|本公司|集团|目标|计划|力争|争取|指引/;

type Titles = Map<string, { title: string; org: string | null }>;

/** The title (and organisation) each named person is given in some quote of the article. */
function speakerTitles(quotes: readonly Quote[]): Titles {
  const titles: Titles = new Map();
  for (const { speaker } of quotes) if (!speaker.isOrg && speaker.name && speaker.title && !titles.has(speaker.name)) titles.set(speaker.name, { title: speaker.title, org: speaker.org });
  return titles;
}

/**
 * Whether a quote speaks for a company: the company itself, one of its executives, or neither. A person
 * quoted without a title here (据沈若岚介绍) has the one the article gave them in another quote.
 */
function companyVoice(quote: Quote | null, titles: Titles): 'company' | 'executive' | 'none' {
  if (!quote) return 'none';
  const { name, isOrg } = quote.speaker;
  if (isOrg) return name && !ANALYST_ORG.test(name) && !/^(?:一位|某|这位|根据)/.test(name) ? 'company' : 'none';
  const known = !quote.speaker.title && name ? titles.get(name) : undefined;
  const title = quote.speaker.title ?? known?.title ?? null;
  const org = quote.speaker.org ?? known?.org ?? null;
  return title && EXECUTIVE.test(title) && !(org && ANALYST_ORG.test(org)) ? 'executive' : 'none';
}

/** Reported words after these verbs are the speaker's forecast (他预计，公司2026年营收…). */
const FORECAST_BEFORE = /(?:预计|预测|预期|估计)[，,：:]?$/;

/** The segment opens the reported words of 预计/预测…: a forecast, whether or not its words say 将. */
function forecastFrame(norm: string, quote: Quote | null, start: number): boolean {
  return quote !== null && !quote.direct && quote.start === start && FORECAST_BEFORE.test(norm.slice(start - OPINION_LOOKBEHIND, start));
}

/** The segment opens the reported words of 认为/看来…: the speaker's own judgement. */
function isOpinion(norm: string, quote: Quote | null, start: number): boolean {
  return quote !== null && !quote.direct && quote.start === start && OPINION_BEFORE.test(norm.slice(start - OPINION_LOOKBEHIND, start));
}

function isHeading(norm: string, s: Span): boolean {
  const wholeParagraph = (s.start === 0 || norm[s.start - 1] === '\n') && (s.end === norm.length || norm[s.end] === '\n');
  const max = NUMBERED.test(s.text) ? NUMBERED_HEADING_MAX : HEADING_MAX;
  return wholeParagraph && s.end - s.start <= max && !TERMINAL.test(s.text);
}

/** The guidance cue at `at` has a company, 公司 or nothing as its subject (首都在线…，预计2024年…). */
function companySubject(norm: string, companies: CompanyIndex, at: number): boolean {
  let start = at;
  while (start > 0 && !CLAUSE_BREAK.test(norm[start - 1])) start--;
  const subject = norm.slice(start, at).replace(SUBJECT_TAIL, '').replace(STOCK_CODE_ASIDE, '');
  if (subject === '' || COMPANY_REFERENCE.test(subject)) return true;
  const mention = companies.endingAt(start + subject.length);
  if (mention !== null && mention.start >= start) return true;
  // The company's own possession as the subject: 字节跳动今年在AI基础设施上的资本开支预计…, 公司在无锡建设的基地预计….
  const owner = POSSESSED_SUBJECT.exec(subject);
  if (!owner || SPEECH_IN_SUBJECT.test(subject)) return false;
  if (COMPANY_REFERENCE.test(owner[1])) return true;
  const first = companies.firstFrom(start);
  return first !== null && first.start === start && first.end === start + owner[1].length && !ANALYST_ORG.test(first.name);
}

/** A subject opening with its owner: the owner, then a noun phrase of its (its 的, or time and place words before it). */
const POSSESSED_SUBJECT = /^([^的，,。；（(;]{2,12}?)(?:[（(][^（()）]{1,20}[）)])?(?:(?:今年|明年|去年|\d{4}年|[一二三四]季度|上半年|下半年)?[^，,。；;]{0,16}?的|(?:今年|明年|\d{4}年))[^，,。；;]{1,24}$/;
/** Someone else's words or view in the subject (某机构认为…, 市场对…): not the company's own outlook. */
const SPEECH_IN_SUBJECT = /表示|认为|指出|称|预计|预期|看来|判断|市场|机构|分析师|券商/;
