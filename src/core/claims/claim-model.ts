import type { ClaimType } from '../types';
import { FEATURE_NAMES } from './features';

/**
 * The claim model: multinomial logistic regression over the candidate features, trained at build
 * time on the labelled corpus (scripts/claims/train.ts) and shipped as data. It gives each
 * candidate a probability per class — not a claim, or a claim of each type.
 */

export const CLAIM_CLASSES = ['none', 'guidance', 'forecast', 'causal', 'assessment'] as const;
export type ClaimClass = (typeof CLAIM_CLASSES)[number];

export interface ClaimModel {
  about?: string;
  features: string[];
  /** Words whose presence is a feature of its own, after `features` (learned from the corpus at training). */
  vocabulary: string[];
  classes: string[];
  /** weights[class][feature], the named features first, then one per vocabulary word */
  weights: number[][];
  bias: number[];
  /** How the model was measured when trained (cross-validated by article). */
  evaluation?: Record<string, unknown>;
}

/** Throws unless the model was trained on exactly the features and classes the engine computes. */
export function checkModel(model: ClaimModel): ClaimModel {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (!same(model.features, FEATURE_NAMES) || !same(model.classes, CLAIM_CLASSES)) {
    throw new Error('claim model is stale: retrain it with `npx tsx scripts/claims/train.ts`');
  }
  return model;
}

/** The model's input for a candidate: its named features followed by its vocabulary words. */
export function modelInput(model: Pick<ClaimModel, 'vocabulary'>, features: Float64Array, words: readonly string[], index?: Map<string, number>): Float64Array {
  const x = new Float64Array(features.length + model.vocabulary.length);
  x.set(features);
  const at = index ?? vocabularyIndex(model);
  for (const w of words) {
    const i = at.get(w);
    if (i !== undefined) x[features.length + i] = 1;
  }
  return x;
}

/**
 * The same input as `modelInput`, as the ascending positions of its ones (every feature is 0 or 1): a candidate
 * has a dozen of them among some five hundred, so the engine scores it without building the dense vector.
 */
export function activeInputs(model: Pick<ClaimModel, 'vocabulary'>, features: Float64Array, words: readonly string[]): number[] {
  const active: number[] = [];
  for (let i = 0; i < features.length; i++) if (features[i] !== 0) active.push(i);
  const at = vocabularyIndex(model);
  let found: number[] | null = null;
  for (const w of words) {
    const i = at.get(w);
    if (i !== undefined) (found ??= []).push(features.length + i);
  }
  if (found) {
    // Ascending and once each, as the dense vector's loop meets them.
    found.sort((a, b) => a - b);
    for (let k = 0; k < found.length; k++) if (k === 0 || found[k] !== found[k - 1]) active.push(found[k]);
  }
  return active;
}

/** `classProbabilities` of an input given by `activeInputs`; the same sums in the same order, so the same numbers. */
export function classProbabilitiesOfActive(model: ClaimModel, active: readonly number[]): Float64Array {
  const k = model.classes.length;
  const out = new Float64Array(k);
  let max = -Infinity;
  for (let c = 0; c < k; c++) {
    let z = model.bias[c];
    const w = model.weights[c];
    for (const i of active) z += w[i];
    out[c] = z;
    if (z > max) max = z;
  }
  let sum = 0;
  for (let c = 0; c < k; c++) sum += out[c] = Math.exp(out[c] - max);
  for (let c = 0; c < k; c++) out[c] /= sum;
  return out;
}

const INDEXES = new WeakMap<object, Map<string, number>>();
export function vocabularyIndex(model: Pick<ClaimModel, 'vocabulary'>): Map<string, number> {
  let index = INDEXES.get(model);
  if (!index) INDEXES.set(model, (index = new Map(model.vocabulary.map((w, i) => [w, i]))));
  return index;
}

/** Softmax probabilities of each class for input `x`. */
export function classProbabilities(model: ClaimModel, x: ArrayLike<number>): Float64Array {
  const k = model.classes.length;
  const out = new Float64Array(k);
  let max = -Infinity;
  for (let c = 0; c < k; c++) {
    let z = model.bias[c];
    const w = model.weights[c];
    for (let i = 0; i < x.length; i++) if (x[i] !== 0) z += w[i] * x[i];
    out[c] = z;
    if (z > max) max = z;
  }
  let sum = 0;
  for (let c = 0; c < k; c++) sum += out[c] = Math.exp(out[c] - max);
  for (let c = 0; c < k; c++) out[c] /= sum;
  return out;
}

/** A rule's claim is dropped only when the model holds "not a claim" at least this likely. */
const DROP_RULE_CLAIM = 0.9;
/** A rule's type gives way to another only when the model holds that one at least this likely. */
const RETYPE_RULE_CLAIM = 0.6;

/**
 * The claim a candidate makes, with the model's confidence in it: the rules' claim stands unless
 * the model is sure it is none or of another type; a stretch the rules leave untyped becomes the
 * model's most probable type when that is not "none".
 */
export function decideClaim(ruleType: ClaimType | null, p: ArrayLike<number>): { type: ClaimType; confidence: number } | null {
  const best = bestType(p);
  if (!ruleType) return best;
  if (p[0] >= DROP_RULE_CLAIM) return null;
  if (best && best.type !== ruleType && best.confidence >= RETYPE_RULE_CLAIM) return best;
  return { type: ruleType, confidence: p[CLAIM_CLASSES.indexOf(ruleType)] };
}

/** The most probable claim type and its probability, or null when "not a claim" is the most probable. */
export function bestType(p: ArrayLike<number>): { type: ClaimType; confidence: number } | null {
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c] > p[best]) best = c;
  return best === 0 ? null : { type: CLAIM_CLASSES[best] as ClaimType, confidence: p[best] };
}
