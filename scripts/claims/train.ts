/**
 * Trains the claim model on the labelled corpus and writes src/core/claims/data/claim-model.json.
 *
 *   npx tsx scripts/claims/train.ts [--confusion] [--errors FILE]   train on every article, report 5-fold cross-validation
 *
 * --errors writes the cross-validated misses and false hits, each with its sentence, the candidates
 * beside it and what the rules and the held-out model made of them.
 *
 * Candidates are what the claim rules propose in each article (typed claims and untyped stretches);
 * each is labelled with the type of the gold claim it overlaps most (test/articles/<name>/expected.json),
 * or "none". The model is multinomial logistic regression, fitted by full-batch gradient descent from
 * zero weights in a fixed order, so a rerun on the same corpus writes the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as jieba from 'jieba-wasm';
import { CLAIM_CLASSES, classProbabilities, decideClaim, modelInput, vocabularyIndex, type ClaimModel } from '../../src/core/claims/claim-model';
import { claimCandidates, joinSameKind } from '../../src/core/claims/find-claims';
import type { ClaimType } from '../../src/core/types';
import { claimFeatures, FEATURE_NAMES, type ClaimCandidate } from '../../src/core/claims/features';
import { REPORTER } from '../../src/core/claims/claim-author';
import { findCodes } from '../../src/core/codes/find-codes';
import { COMPANY_INDEX, COMPANY_RECORDS } from '../../src/core/companies/data';
import { CompanyDictionary } from '../../src/core/companies/dictionary';
import { findCompanies } from '../../src/core/companies/find-companies';
import { findFigures } from '../../src/core/figures/find-figures';
import { CompanyIndex } from '../../src/core/quotes/company-index';
import { findQuotes } from '../../src/core/quotes/find-quotes';
import { Doc } from '../../src/core/text/doc';
import { jiebaSegmenter } from '../../src/core/text/segmenter';
import { CORPUS_DIR, corpusFolders } from '../../src/eval/corpus';
import { addTallies, emptyTally, f1, locate, matchClaims, precision, recall, type Expected, type Tally } from '../../src/eval/score';
import { readArticle } from '../../src/node/read-article';

const OUT = 'src/core/claims/data/claim-model.json';
const EPOCHS = 800;
const LEARNING_RATE = 0.5;
const L2 = 3e-3;
const FOLDS = 5;
/** Confidence thresholds reported: what the page would show at each. */
const THRESHOLDS = [0, 0.4, 0.5, 0.6, 0.7, 0.8];

interface Sample {
  article: number;
  /** The named features. */
  features: Float64Array;
  /** The candidate's words, for the vocabulary features. */
  words: string[];
  /** The model input, for the vocabulary of the model being trained or scored. */
  x: Float64Array;
  /** The offsets where `x` is not 0, ascending: training reads only these. */
  nz: Int32Array;
  y: number;
  candidate: ClaimCandidate;
}

/** A word becomes a feature when this many training candidates hold it. */
const MIN_WORD_CANDIDATES = 15;
const WORD_SHAPE = /^(?:\p{Script=Han}{1,4}|[A-Za-z]{2,})$/u;

function vocabularyOf(samples: Sample[]): string[] {
  const count = new Map<string, number>();
  for (const s of samples) for (const w of new Set(s.words)) if (WORD_SHAPE.test(w)) count.set(w, (count.get(w) ?? 0) + 1);
  return [...count].filter(([, n]) => n >= MIN_WORD_CANDIDATES).map(([w]) => w).sort();
}

function withVocabulary(samples: Sample[], vocabulary: string[]): void {
  const model = { vocabulary };
  const index = vocabularyIndex(model);
  for (const s of samples) {
    s.x = modelInput(model, s.features, s.words, index);
    const nz: number[] = [];
    for (let i = 0; i < s.x.length; i++) if (s.x[i] !== 0) nz.push(i);
    s.nz = Int32Array.from(nz);
  }
}

/**
 * classProbabilities over a sample's non-zero inputs only: the same sums in the same order, so the
 * same numbers, without walking every vocabulary word of every sample in every epoch.
 */
function sparseProbabilities(weights: Float64Array[], bias: Float64Array, s: Sample): Float64Array {
  const k = bias.length;
  const out = new Float64Array(k);
  let max = -Infinity;
  for (let c = 0; c < k; c++) {
    let z = bias[c];
    const w = weights[c];
    for (let j = 0; j < s.nz.length; j++) z += w[s.nz[j]] * s.x[s.nz[j]];
    out[c] = z;
    if (z > max) max = z;
  }
  let sum = 0;
  for (let c = 0; c < k; c++) sum += out[c] = Math.exp(out[c] - max);
  for (let c = 0; c < k; c++) out[c] /= sum;
  return out;
}

interface ArticleData {
  name: string;
  text: string;
  norm: string;
  gold: Expected['claims'];
}

const segmenter = jiebaSegmenter(jieba);
const dictionary = new CompanyDictionary(COMPANY_RECORDS, COMPANY_INDEX);

function load(): { articles: ArticleData[]; samples: Sample[] } {
  const articles: ArticleData[] = [];
  const samples: Sample[] = [];
  corpusFolders().forEach((name, ai) => {
    const expected = JSON.parse(readFileSync(join(CORPUS_DIR, name, 'expected.json'), 'utf8')) as Expected;
    const article = readArticle(readFileSync(join(CORPUS_DIR, name, 'source.html'), 'utf8'), { format: 'html', url: expected.url });
    const doc = new Doc(article.text, segmenter);
    const { companies } = findCompanies(doc, dictionary, findCodes(doc));
    const quotes = findQuotes(doc, companies);
    const figures = findFigures(doc, companies);
    const candidates = claimCandidates(doc, new CompanyIndex(companies), quotes);
    articles.push({ name, text: article.text, norm: doc.norm, gold: expected.claims });

    // Each gold claim labels the candidate it overlaps most; the other candidates are "none".
    const labels = new Array<number>(candidates.length).fill(0);
    for (const g of locate(article.text, expected.claims)) {
      let best = -1;
      let bestOverlap = 0;
      candidates.forEach((c, i) => {
        const overlap = Math.min(c.end, g.end) - Math.max(c.start, g.start);
        if (overlap > bestOverlap && labels[i] === 0) {
          best = i;
          bestOverlap = overlap;
        }
      });
      if (best >= 0) labels[best] = CLAIM_CLASSES.indexOf(g.type as (typeof CLAIM_CLASSES)[number]);
    }
    candidates.forEach((c, i) => {
      const reporter = !c.quote && c.by === REPORTER;
      const features = claimFeatures(doc.norm, c, figures, reporter);
      samples.push({ article: ai, features, words: doc.wordsIn(c.start, c.end), x: features, nz: new Int32Array(0), y: labels[i], candidate: c });
    });
  });
  return { articles, samples };
}

function train(samples: Sample[]): ClaimModel {
  const vocabulary = vocabularyOf(samples);
  withVocabulary(samples, vocabulary);
  const k = CLAIM_CLASSES.length;
  const d = FEATURE_NAMES.length + vocabulary.length;
  const weights = Array.from({ length: k }, () => new Float64Array(d));
  const bias = new Float64Array(k);
  const model = (): ClaimModel => ({ features: [...FEATURE_NAMES], vocabulary, classes: [...CLAIM_CLASSES], weights: weights.map((w) => [...w]), bias: [...bias] });
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const gw = Array.from({ length: k }, () => new Float64Array(d));
    const gb = new Float64Array(k);
    for (const s of samples) {
      const p = sparseProbabilities(weights, bias, s);
      for (let c = 0; c < k; c++) {
        const err = p[c] - (s.y === c ? 1 : 0);
        gb[c] += err;
        for (let j = 0; j < s.nz.length; j++) gw[c][s.nz[j]] += err * s.x[s.nz[j]];
      }
    }
    const n = samples.length;
    for (let c = 0; c < k; c++) {
      bias[c] -= (LEARNING_RATE * gb[c]) / n;
      for (let i = 0; i < d; i++) weights[c][i] -= LEARNING_RATE * (gw[c][i] / n + L2 * weights[c][i]);
    }
  }
  return model();
}

type Predict = (s: Sample) => { type: string; confidence: number } | null;

/** Claims F1 by the eval's own matching, over the articles in `which`, predicting with `predict`. */
function score(articles: ArticleData[], samples: Sample[], which: Set<number>, predict: Predict, threshold = 0, type?: ClaimType): Tally {
  const total = emptyTally();
  articles.forEach((a, ai) => {
    if (!which.has(ai)) return;
    const decided = samples
      .filter((s) => s.article === ai)
      .map((s) => ({ s, p: predict(s) }))
      .filter((e) => e.p)
      .map((e) => ({ start: e.s.candidate.start, end: e.s.candidate.end, type: e.p!.type as ClaimType, by: e.s.candidate.by, confidence: e.p!.confidence, quote: e.s.candidate.quote }));
    const predicted = joinSameKind(a.norm, decided)
      .filter((c) => c.confidence >= threshold && (!type || c.type === type))
      .map((c) => ({ ...c, text: a.text.slice(c.start, c.end) }));
    addTallies(total, matchClaims(a.text, type ? a.gold.filter((g) => g.type === type) : a.gold, predicted));
  });
  return total;
}

const rules: Predict = (s) => (s.candidate.ruleType ? { type: s.candidate.ruleType, confidence: 1 } : null);
const byModel = (m: ClaimModel): Predict => {
  const index = vocabularyIndex(m);
  return (s) => decideClaim(s.candidate.ruleType, classProbabilities(m, modelInput(m, s.features, s.words, index)));
};
const summary = (t: Tally) => ({ precision: round(precision(t)), recall: round(recall(t)), f1: round(f1(t)) });
const round = (x: number) => Math.round(x * 1000) / 1000;

const { articles, samples } = load();
const all = new Set(articles.map((_, i) => i));

// Cross-validation by article: the model never sees the article it is scored on.
const folds = Array.from({ length: FOLDS }, (_, f) => new Set(articles.map((_, i) => i).filter((i) => i % FOLDS === f)));
const held: Record<string, Tally> = {};
const heldRules = emptyTally();
const CLAIM_TYPES: ClaimType[] = ['guidance', 'forecast', 'causal', 'assessment'];
const heldByType: Record<string, Tally> = {};
const foldModels: ClaimModel[] = [];
for (const fold of folds) {
  const m = train(samples.filter((s) => !fold.has(s.article)));
  foldModels.push(m);
  for (const t of THRESHOLDS) addTallies((held[t] ??= emptyTally()), score(articles, samples, fold, byModel(m), t));
  for (const type of CLAIM_TYPES) addTallies((heldByType[type] ??= emptyTally()), score(articles, samples, fold, byModel(m), 0, type));
  addTallies(heldRules, score(articles, samples, fold, rules));
}

const model = train(samples);
const evaluation = {
  articles: articles.length,
  candidates: samples.length,
  claims: samples.filter((s) => s.y !== 0).length,
  crossValidated: {
    folds: FOLDS,
    rulesAlone: summary(heldRules),
    model: Object.fromEntries(THRESHOLDS.map((t) => [`confidence>=${t}`, summary(held[t])])),
    byType: Object.fromEntries(CLAIM_TYPES.map((type) => [type, summary(heldByType[type])])),
  },
  onTrainingCorpus: summary(score(articles, samples, all, byModel(model))),
};
const out: ClaimModel = {
  about: 'Claim model: multinomial logistic regression over claim-candidate features (src/core/claims/features.ts), trained by scripts/claims/train.ts on test/articles. Do not edit by hand.',
  features: model.features,
  vocabulary: model.vocabulary,
  classes: model.classes,
  weights: model.weights.map((w) => w.map((x) => Math.round(x * 1e4) / 1e4)),
  bias: model.bias.map((x) => Math.round(x * 1e4) / 1e4),
  evaluation,
};
writeFileSync(OUT, JSON.stringify(out, null, 1) + '\n');
console.log(JSON.stringify(evaluation, null, 2));
// --confusion: the cross-validated confusion matrix (gold rows, predicted columns), beside the rules'.
if (process.argv.includes('--confusion')) {
  const names = CLAIM_CLASSES;
  const m = Array.from({ length: 5 }, () => new Array(5).fill(0));
  for (const [f, fold] of folds.entries()) {
    const predict = byModel(foldModels[f]);
    for (const s of samples) if (fold.has(s.article)) { const b = predict(s); m[s.y][b ? names.indexOf(b.type) : 0]++; }
  }
  console.log('gold\\pred', names.join(' '));
  m.forEach((r, i) => console.log(names[i].padEnd(10), r.join('\t')));
  const rr = Array.from({ length: 5 }, () => new Array(5).fill(0));
  for (const s of samples) rr[s.y][s.candidate.ruleType ? names.indexOf(s.candidate.ruleType) : 0]++;
  console.log('rules:'); rr.forEach((r, i) => console.log(names[i].padEnd(10), r.join('\t')));
}

// --errors FILE: every cross-validated miss and false hit with its sentence and the candidates around it.
const errorsAt = process.argv.indexOf('--errors');
if (errorsAt >= 0) {
  const lines: string[] = [];
  const probs = (m: ClaimModel, s: Sample) => {
    const p = classProbabilities(m, modelInput(m, s.features, s.words, vocabularyIndex(m)));
    return CLAIM_CLASSES.map((c, i) => `${c.slice(0, 4)} ${p[i].toFixed(2)}`).join(' ');
  };
  const sentenceOf = (text: string, start: number, end: number) => {
    let a = start;
    while (a > 0 && !/[。！？\n；]/.test(text[a - 1])) a--;
    let b = end;
    while (b < text.length && !/[。！？\n；]/.test(text[b])) b++;
    return text.slice(a, b + 1).replace(/\n/g, ' ');
  };
  const on = (s: Sample) => FEATURE_NAMES.filter((_, i) => s.features[i] !== 0).join(' ');
  for (const [f, fold] of folds.entries()) {
    const m = foldModels[f];
    const predict = byModel(m);
    for (const ai of fold) {
      const a = articles[ai];
      const mine = samples.filter((s) => s.article === ai);
      const decided = mine.flatMap((s) => {
        const p = predict(s);
        return p ? [{ s, start: s.candidate.start, end: s.candidate.end, type: p.type as ClaimType, by: s.candidate.by, confidence: p.confidence, quote: s.candidate.quote }] : [];
      });
      const predicted = joinSameKind(a.norm, decided);
      const gold = locate(a.text, a.gold);
      const used = new Set<number>();
      const matched = new Set<number>();
      gold.forEach((g, gi) => {
        const k = predicted.findIndex((e, k) => !used.has(k) && e.type === g.type && e.start < g.end && g.start < e.end);
        if (k >= 0) {
          used.add(k);
          matched.add(gi);
        }
      });
      gold.forEach((g, gi) => {
        if (matched.has(gi)) return;
        lines.push(`MISS ${a.name} [${g.type} by ${g.by}] ${g.text}`);
        lines.push(`   sentence: ${sentenceOf(a.text, g.start, g.end)}`);
        for (const s of mine) {
          const c = s.candidate;
          if (c.start < g.end && g.start < c.end) lines.push(`   cand rule=${c.ruleType} y=${CLAIM_CLASSES[s.y]} pred=${predict(s)?.type ?? '-'} | ${probs(m, s)} | ${a.text.slice(c.start, c.end)}\n      ${on(s)}`);
        }
      });
      predicted.forEach((e, k) => {
        if (used.has(k)) return;
        const c = e.s.candidate;
        const over = gold.filter((g) => e.start < g.end && g.start < e.end).map((g) => `${g.type}:${g.text.slice(0, 20)}`);
        lines.push(`FALSE ${a.name} [${e.type} ${e.confidence.toFixed(2)} rule=${c.ruleType} by ${c.by}] ${a.text.slice(e.start, e.end)}`);
        lines.push(`   gold here: ${over.join(' | ') || '-'}; ${probs(m, e.s)}`);
        lines.push(`   sentence: ${sentenceOf(a.text, e.start, e.end)}\n      ${on(e.s)}`);
      });
    }
  }
  writeFileSync(process.argv[errorsAt + 1], lines.join('\n') + '\n');
}
