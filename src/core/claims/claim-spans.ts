import type { Doc } from '../text/doc';
import type { ClaimType } from '../types';
import { CAUSE_OPENS_CLAUSE, cueTypes, guidanceCue, PURPOSE_OPENS_CLAUSE, strongest } from './cues';

/**
 * Where a claim starts and ends inside one segment of a sentence: the whole segment when
 * it is short, else the clause carrying the cue with the clauses that follow it up to the
 * next cue (a cause opening its clause takes the clause before it too).
 */

/** A segment up to this many characters is one claim unless it joins claims of different kinds. */
const SHORT_SEGMENT = 50;
/** Leading clauses that are date, connective or attribution, not part of the claim. */
const LEADING_CLAUSE =
  /^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日[^，,。]{0,4}|如今|目前|此外|另外|同时|同日|当日|次日|下一步|[^，,。“”：:]{1,12}(?<!一)方面|不过|然而|但是|值得一提的是|值得注意的是|需要指出的是|与此同时|事实上|实际上|对此|总体来看|整体来看|(?:本报)?记者(?:注意到|了解到|发现|获悉|观察到)|据了解|据悉|[^，,。“”]{1,24}?(?:表示|认为|指出|称|透露|坦言|强调|提到|直言|看来|提醒|警告|提示))[，,：:]/;
/** The article's own voice made explicit: the reporter observed it (记者注意到…). */
const REPORTER_VOICE = /^(?:本报)?记者(?:注意到|了解到|发现|获悉|观察到)/;
const CLAUSE_END = /[，,、：:；;]/;
/** What closes a clause of the document: its mark and any closing quotation marks after it. */
const CLOSING_MARK = /[，,：:；;。！？!?\n”’」』）)"'】\s]/;
/** Trimmed from a claim's edges: space, punctuation, and an opening quotation mark. */
const LEADING_EDGE_CHAR = /[\s“「『‘。！？!?；;，,：:…]/;
const TRAILING_EDGE_CHAR = /[\s。！？!?；;，,：:…]/;
/** A clause opening with a forecast verb starts a claim of its own inside a long sentence. */
const OPENS_OWN_CLAIM = /^[^，。；,;]{0,12}?(?<!的|超出?|低于|高于|符合|不及|好于|市场)(?:预计|预期|预测)(?!市盈率|[，。；,;]|$)/;
/** How far past a clause its cue may look for the change it explains (随着…，收入出现增长). */
const FOLLOWING_LOOKAHEAD = 60;
/** A clause that only announces what follows (这意味着，…): the claim is the words after it. */
const LEAD_IN = /(?:意味着|表明|说明|反映出|证明了?)$/;
/** Connectives that carry one proposition on (不会削弱…，反而将推动…): not a claim of its own. */
const CONTINUATION = /^(?:反而|而是|甚至|进而|从而|并且|而且|乃至)/;
/** A cue clause this far into a long segment starts its own claim; nearer, the claim starts with the segment. */
const LEAD_CLAUSES = 1;

export interface ClaimSpan {
  start: number;
  end: number;
  type: ClaimType;
  /** The segment opened with 记者注意到…: the reporter's own observation. */
  reporter: boolean;
}

interface Clause {
  start: number;
  end: number;
  types: Set<ClaimType>;
}

/**
 * A segment without its leading date, connective or attribution clauses and edge punctuation, and
 * whether one of those clauses was the reporter's own observation (记者注意到…).
 */
export function claimBody(norm: string, start: number, end: number): { start: number; end: number; reporter: boolean } {
  let reporter = false;
  for (let m = LEADING_CLAUSE.exec(norm.slice(start, end)); m; m = LEADING_CLAUSE.exec(norm.slice(start, end))) {
    if (REPORTER_VOICE.test(m[0])) reporter = true;
    start += m[0].length;
  }
  [start, end] = trim(norm, start, end);
  return { start, end, reporter };
}

/**
 * The claims of the segment [start, end). `frame` is the type the words take from the verb that
 * introduces them (他预计，… : a forecast whatever its first clause says).
 */
export function claimSpans(doc: Doc, start: number, end: number, frame?: ClaimType): ClaimSpan[] {
  const norm = doc.norm;
  const body = claimBody(norm, start, end);
  const reporter = body.reporter;
  ({ start, end } = body);
  if (end <= start) return [];

  const spans = clauseClaims(doc, start, end, reporter, frame);
  // A short segment is one claim unless it joins claims of different kinds (可能…，…依然稀缺).
  if (end - start <= SHORT_SEGMENT && spans.length < 2) {
    const types = cueTypes(withoutPurpose(doc, start, end));
    // A cause its clauses show only read one by one (随着…，X存在较大不确定性: the 随着 clause explains the next).
    if (spans.some((s) => s.type === 'causal')) types.add('causal');
    if (frame) types.add(frame);
    const type = strongest(types);
    return type ? [{ start, end, type, reporter }] : [];
  }
  return spans;
}

/** The words of [start, end) without its clauses of purpose (为了…，), which carry no claim. */
function withoutPurpose(doc: Doc, start: number, end: number): string {
  const words = doc.norm.slice(start, end);
  if (!PURPOSE_MARK.test(words)) return words;
  return doc
    .clausesIn(start, end)
    .map((c) => doc.norm.slice(c.start, c.end))
    .filter((c) => !PURPOSE_OPENS_CLAUSE.test(c))
    .join('');
}
const PURPOSE_MARK = new RegExp(PURPOSE_OPENS_CLAUSE.source.slice(1));

interface OpenClaim {
  start: number;
  end: number;
  types: Set<ClaimType>;
  guidance: boolean;
}

/** The claims of a segment, cut at the clauses that start a claim of their own. */
function clauseClaims(doc: Doc, start: number, end: number, reporter: boolean, frame?: ClaimType): ClaimSpan[] {
  const norm = doc.norm;
  const short = end - start <= SHORT_SEGMENT;
  const clauses = cueClauses(doc, start, end);
  if (frame && clauses.length) clauses[0].types.add(frame);
  const out: ClaimSpan[] = [];
  let open: OpenClaim | null = null;
  clauses.forEach((c, i) => {
    // Guidance runs on to the end of the segment: its ranges and comparisons belong to it.
    if (c.types.size === 0 || open?.guidance || (open && continuesClaim(norm, open, c, norm.slice(c.start, c.end)))) {
      if (open) {
        open.end = c.end;
        for (const t of c.types) open.types.add(t);
      }
      return;
    }
    if (open) out.push(close(norm, open, reporter));
    let from = c.start;
    if (out.length === 0 && (short || i <= LEAD_CLAUSES)) from = start;
    else if (i > 0 && CAUSE_OPENS_CLAUSE.test(norm.slice(c.start, c.end)) && (!out.length || out[out.length - 1].end <= clauses[i - 1].start)) {
      from = clauses[i - 1].start;
    }
    open = { start: from, end: c.end, types: new Set(c.types), guidance: isGuidanceClause(norm, c, end) };
  });
  if (open) out.push(close(norm, open, reporter));
  return out;
}

/**
 * A cue clause belongs to the open claim unless it opens with a forecast verb or carries a
 * claim of another kind. A cause joins its effect either way round, and an effect that lies
 * ahead makes the whole an explanation about the future: a forecast.
 */
function continuesClaim(norm: string, open: OpenClaim, c: Clause, text: string): boolean {
  if (isBareCause(norm, open)) return true;
  if (OPENS_OWN_CLAIM.test(text)) return false;
  if (LEAD_IN.test(norm.slice(open.start, open.end)) || CONTINUATION.test(text)) return true;
  const mine = strongest(open.types);
  const theirs = strongest(c.types);
  return mine === theirs || mine === 'causal' || theirs === 'causal';
}

/** The open claim is one clause naming a cause (受…影响，) and still waits for its effect. */
function isBareCause(norm: string, open: OpenClaim): boolean {
  const words = norm.slice(open.start, open.end);
  return strongest(open.types) === 'causal' && CAUSE_OPENS_CLAUSE.test(words) && !CLAUSE_END.test(words);
}

/** The clause holds a guidance cue whose metric and number may follow in later clauses. */
function isGuidanceClause(norm: string, c: Clause, end: number): boolean {
  const at = guidanceCue(norm.slice(c.start, end));
  return at >= 0 && at < c.end - c.start;
}

function close(norm: string, c: { start: number; end: number; types: Set<ClaimType> }, reporter: boolean): ClaimSpan {
  const [start, end] = trim(norm, c.start, c.end);
  return { start, end, type: strongest(c.types)!, reporter };
}

/** The document's clauses in [start, end), without their closing marks, each with the claim types its words carry. */
function cueClauses(doc: Doc, start: number, end: number): Clause[] {
  const norm = doc.norm;
  const out: Clause[] = [];
  for (const c of doc.clausesIn(start, end)) {
    let e = c.end;
    while (e > c.start && CLOSING_MARK.test(norm[e - 1])) e--;
    if (e > c.start) out.push({ start: c.start, end: e, types: cueTypes(norm.slice(c.start, e), norm.slice(e, Math.min(end, e + 1 + FOLLOWING_LOOKAHEAD))) });
  }
  return out;
}

/** [start, end) without edge space, punctuation and opening quotation marks. */
export function trim(norm: string, start: number, end: number): [number, number] {
  // Character by character: a regex anchored at the end ($) would be tried from every offset.
  let from = start;
  while (from < end && LEADING_EDGE_CHAR.test(norm[from])) from++;
  if (from >= end) return [start, start];
  let to = end;
  while (to > from && TRAILING_EDGE_CHAR.test(norm[to - 1])) to--;
  return [from, to];
}
