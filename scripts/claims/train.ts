/**
 * Trains the claim model on the labelled corpus and writes src/core/claims/data/claim-model.json.
 *
 *   npx tsx scripts/claims/train.ts [--confusion]   train on every article, report 5-fold cross-validation
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
import { claimCandidates } from '../../src/core/claims/find-claims';
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
  for (const s of samples) s.x = modelInput(model, s.features, s.words, index);
}

interface ArticleData {
  name: string;
  text: string;
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
    articles.push({ name, text: article.text, gold: expected.claims });

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
      samples.push({ article: ai, features, words: doc.wordsIn(c.start, c.end), x: features, y: labels[i], candidate: c });
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
    const current = { features: [...FEATURE_NAMES], vocabulary, classes: [...CLAIM_CLASSES], weights: weights as unknown as number[][], bias: bias as unknown as number[] };
    for (const s of samples) {
      const p = classProbabilities(current, s.x);
      for (let c = 0; c < k; c++) {
        const err = p[c] - (s.y === c ? 1 : 0);
        gb[c] += err;
        for (let i = 0; i < d; i++) if (s.x[i] !== 0) gw[c][i] += err * s.x[i];
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
function score(articles: ArticleData[], samples: Sample[], which: Set<number>, predict: Predict, threshold = 0): Tally {
  const total = emptyTally();
  articles.forEach((a, ai) => {
    if (!which.has(ai)) return;
    const predicted = samples
      .filter((s) => s.article === ai)
      .map((s) => ({ s, p: predict(s) }))
      .filter((e) => e.p && e.p.confidence >= threshold)
      .map((e) => ({ start: e.s.candidate.start, end: e.s.candidate.end, type: e.p!.type, text: a.text.slice(e.s.candidate.start, e.s.candidate.end) }));
    addTallies(total, matchClaims(a.text, a.gold, predicted));
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
for (const fold of folds) {
  const m = train(samples.filter((s) => !fold.has(s.article)));
  for (const t of THRESHOLDS) addTallies((held[t] ??= emptyTally()), score(articles, samples, fold, byModel(m), t));
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
  for (const fold of folds) {
    const mm = train(samples.filter((s) => !fold.has(s.article)));
    const predict = byModel(mm);
    for (const s of samples) if (fold.has(s.article)) { const b = predict(s); m[s.y][b ? names.indexOf(b.type) : 0]++; }
  }
  console.log('gold\\pred', names.join(' '));
  m.forEach((r, i) => console.log(names[i].padEnd(10), r.join('\t')));
  const rr = Array.from({ length: 5 }, () => new Array(5).fill(0));
  for (const s of samples) rr[s.y][s.candidate.ruleType ? names.indexOf(s.candidate.ruleType) : 0]++;
  console.log('rules:'); rr.forEach((r, i) => console.log(names[i].padEnd(10), r.join('\t')));
}
