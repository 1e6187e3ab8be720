import type { ClaimType, Figure, Quote } from '../types';
import { ANALYST_ORG, CAUSATIVE, DEGREE_JUDGEMENT, DISTRIBUTION, EXECUTIVE, GOVERNMENT_BODY, guidanceCue, HEDGED, NOT_BUT_RATHER, PLAN, RATING_ACTION, SCHEDULED, cueFamilies } from './cues';

/**
 * What the claim model reads of a candidate: the clause-level features a reader uses to tell a
 * claim from narration — which cue families its words carry, the frame it is spoken in (whose
 * voice, reported or quoted), tense and modality, sentence structures that carry a verdict without
 * a cue word, and whether it holds figures. Each feature is 0 or 1; names are stable, because the
 * trained model (data/claim-model.json) is keyed by them.
 */

/** A stretch of a sentence that may be a claim, as the claim stage proposes it. */
export interface ClaimCandidate {
  start: number;
  end: number;
  /** The type the claim rules give it, or null where they give none. */
  ruleType: ClaimType | null;
  /** Who asserts it by the rules (speaker, company for guidance, null for the article's voice). */
  by: string | null;
  /** The quote it lies in, or null for the article's own words. */
  quote: Quote | null;
  /** The quote's words were introduced by 认为/看来/判断. */
  opinion: boolean;
  /** Whether the quote speaks for a company: the company itself, one of its executives, or neither. */
  voice: 'company' | 'executive' | 'none';
}

const NEGATED_STATE = /并不|并未|远没有|没有那么|远未|未必|不再/;
const COMPARATIVE = /(?:快于|慢于|高于|低于|强于|弱于|优于|不如|好于|领先|落后|逊于|胜过|比[^，。；,;]{1,12}(?:更|还))(?!预期)/;
const IS_THE_KEY = /是[^，。；,;]{0,24}的(?:关键|核心|前提|本质|基础|根本|主线|看点|短板|变量|主角|配角|赢家|问题|风险|机会|信号|方向)|成为[^，。；,;]{0,16}(?:关键|核心|主线|看点|增长点|驱动力|短板)/;
const CONDITIONAL = /如果|一旦|只要|若|假如|除非|倘若/;
const FUTURE = /将|会|要|明年|未来|今后|接下来|到20\d\d年|20(?:2[6-9]|3\d)年|下半年|下一|即将|迟早|终将/;
const PAST = /了|已经|已|曾/;
const FIRST_PERSON = /我们|我/;
const PURPOSE = /为了|旨在|以便/;
const JUDGEMENT_ADVERB = /其实|显然|无疑|必然|注定|恐怕|或许|也许|终究|难免|确实|真正|本身/;
const ANALYST_TITLE = /分析师|研究员|经济学家|策略师|首席|研究所|研究院|教授|院长|所长/;
const TREND = /正在|开始|逐步|加速|持续|不断|日益|越来越/;
const OBLIGATION = /必须|需要|应该|应当|不能|不得|要想|务必/;

export const FEATURE_NAMES = [
  'rule:none', 'rule:guidance', 'rule:forecast', 'rule:causal', 'rule:assessment',
  'voice:article', 'voice:direct', 'voice:reported', 'voice:company', 'voice:executive', 'voice:analyst', 'voice:government', 'voice:opinion', 'voice:reporter',
  'cue:forecast', 'cue:strongForecast', 'cue:causal', 'cue:assessment', 'cue:verdict', 'cue:rating', 'cue:guidance', 'cue:plan', 'cue:hedged', 'cue:scheduled', 'cue:distribution',
  'structure:degreeJudgement', 'structure:notButRather', 'structure:negatedState', 'structure:comparative', 'structure:isTheKey', 'structure:causative',
  'structure:conditional', 'structure:purpose', 'structure:judgementAdverb', 'structure:trend', 'structure:obligation',
  'tense:future', 'tense:past', 'person:first',
  'figures:any', 'figures:several', 'figures:percent', 'figures:money',
  'length:short', 'length:medium', 'length:long',
  'frame:executiveFuture', 'frame:articleNoCue', 'frame:quoteNoCue',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** The features of one candidate; `figures` sorted by start. */
export function claimFeatures(norm: string, c: ClaimCandidate, figures: readonly Figure[], reporter: boolean): Float64Array {
  const words = norm.slice(c.start, c.end);
  const on = new Set<FeatureName>();
  on.add(`rule:${c.ruleType ?? 'none'}`);

  const speaker = c.quote?.speaker ?? null;
  if (!c.quote) on.add(reporter ? 'voice:reporter' : 'voice:article');
  else on.add(c.quote.direct ? 'voice:direct' : 'voice:reported');
  if (c.voice === 'company') on.add('voice:company');
  if (c.voice === 'executive') on.add('voice:executive');
  // 首席 makes an analyst (首席分析师, 首席经济学家), not a chief officer of the company (首席财务官 is its executive).
  if (speaker && ((speaker.isOrg && speaker.name && ANALYST_ORG.test(speaker.name)) || (speaker.org && ANALYST_ORG.test(speaker.org)) || (speaker.title && ANALYST_TITLE.test(speaker.title) && c.voice !== 'executive'))) on.add('voice:analyst');
  if (speaker?.isOrg && speaker.name && GOVERNMENT_BODY.test(speaker.name)) on.add('voice:government');
  if (c.opinion) on.add('voice:opinion');

  const cues = cueFamilies(words);
  if (cues.forecast) on.add('cue:forecast');
  if (cues.strongForecast) on.add('cue:strongForecast');
  if (cues.causal) on.add('cue:causal');
  if (cues.assessment) on.add('cue:assessment');
  if (cues.verdict) on.add('cue:verdict');
  if (RATING_ACTION.test(words)) on.add('cue:rating');
  if (guidanceCue(words) >= 0) on.add('cue:guidance');
  if (PLAN.test(words)) on.add('cue:plan');
  if (HEDGED.test(words)) on.add('cue:hedged');
  if (SCHEDULED.test(words)) on.add('cue:scheduled');
  if (DISTRIBUTION.test(words)) on.add('cue:distribution');

  if (DEGREE_JUDGEMENT.test(words)) on.add('structure:degreeJudgement');
  if (NOT_BUT_RATHER.test(words)) on.add('structure:notButRather');
  if (NEGATED_STATE.test(words)) on.add('structure:negatedState');
  if (COMPARATIVE.test(words)) on.add('structure:comparative');
  if (IS_THE_KEY.test(words)) on.add('structure:isTheKey');
  if (CAUSATIVE.test(words)) on.add('structure:causative');
  if (CONDITIONAL.test(words)) on.add('structure:conditional');
  if (PURPOSE.test(words)) on.add('structure:purpose');
  if (JUDGEMENT_ADVERB.test(words)) on.add('structure:judgementAdverb');
  if (TREND.test(words)) on.add('structure:trend');
  if (OBLIGATION.test(words)) on.add('structure:obligation');
  const future = FUTURE.test(words);
  if (future) on.add('tense:future');
  if (PAST.test(words)) on.add('tense:past');
  if (FIRST_PERSON.test(words)) on.add('person:first');

  const inside = figuresWithin(figures, c.start, c.end);
  if (inside.length > 0) on.add('figures:any');
  if (inside.length > 1) on.add('figures:several');
  if (inside.some((f) => f.kind === 'percent' || f.kind === 'pct_point')) on.add('figures:percent');
  if (inside.some((f) => f.kind === 'money' || f.kind === 'price')) on.add('figures:money');

  const length = c.end - c.start;
  on.add(length < 15 ? 'length:short' : length <= 50 ? 'length:medium' : 'length:long');

  const anyCue = cues.forecast || cues.causal || cues.assessment || cues.verdict;
  if ((c.voice === 'executive' || c.voice === 'company' || (speaker && speaker.title && EXECUTIVE.test(speaker.title))) && future) on.add('frame:executiveFuture');
  if (!c.quote && !anyCue) on.add('frame:articleNoCue');
  if (c.quote && !anyCue) on.add('frame:quoteNoCue');

  const x = new Float64Array(FEATURE_NAMES.length);
  FEATURE_NAMES.forEach((name, i) => {
    if (on.has(name)) x[i] = 1;
  });
  return x;
}

function figuresWithin(figures: readonly Figure[], start: number, end: number): Figure[] {
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Figure[] = [];
  for (let i = lo; i < figures.length && figures[i].start < end; i++) if (figures[i].end <= end) out.push(figures[i]);
  return out;
}
