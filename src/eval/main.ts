import { addTallies, CATEGORIES, emptyTally, f1, precision, recall, type Tally } from './score';
import { CORPUS_DIR, evaluateCorpus } from './corpus';
import { quickAnalyzer } from '../node/engine';
import { CONFIDENT_CLAIM } from '../core/claims/confident';

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const MAX_LISTED = Number(process.env.EVAL_LIST ?? 15);

// --quick: the engine without word segmentation, which a cold extension worker paints the first article with.
const quick = process.argv.includes('--quick');
const { articles, totals } = quick ? evaluateCorpus(CORPUS_DIR, quickAnalyzer()) : evaluateCorpus();
console.log(`CaiZhu evaluation${quick ? ' of the engine without word segmentation' : ''} — ${articles.length} articles (test/articles)\n`);
console.log('category     precision  recall    F1     tp    fp    fn');
for (const c of CATEGORIES) {
  const t = totals[c];
  console.log(`${c.padEnd(12)} ${pct(precision(t))}%    ${pct(recall(t))}%  ${pct(f1(t))}%  ${String(t.tp).padStart(5)} ${String(t.fp).padStart(5)} ${String(t.fn).padStart(5)}`);
}
const overall: Tally = CATEGORIES.reduce((a, c) => ({ ...a, tp: a.tp + totals[c].tp, fp: a.fp + totals[c].fp, fn: a.fn + totals[c].fn }), { tp: 0, fp: 0, fn: 0, misses: [], falseHits: [] } as Tally);
console.log(`${'overall'.padEnd(12)} ${pct(precision(overall))}%    ${pct(recall(overall))}%  ${pct(f1(overall))}%`);

const metricAgree = articles.reduce((n, a) => n + a.metrics.agree, 0);
const metricOf = articles.reduce((n, a) => n + a.metrics.of, 0);
console.log(`\nfigure metrics: ${metricAgree} of ${metricOf} matched figures (${pct(metricOf ? metricAgree / metricOf : 1)}%) carry the annotator's metric`);
if (MAX_LISTED) for (const d of articles.flatMap((a) => a.metrics.differ.map((x) => `${a.name}: ${x}`)).slice(0, MAX_LISTED)) console.log(`  ≠ ${d}`);

const shown = articles.reduce((t, a) => addTallies(t, { ...a.shownClaims, misses: [], falseHits: [] }), emptyTally());
console.log(`claims the page shows by default (confidence ≥ ${CONFIDENT_CLAIM}): precision ${pct(precision(shown))}%, recall ${pct(recall(shown))}% (in-sample: the claim model is trained on these articles)`);

const annotated = articles.filter((a) => a.claimAgreement);
if (annotated.length) {
  const agreement = annotated.reduce((t, a) => addTallies(t, { ...a.claimAgreement!, misses: [], falseHits: [] }), emptyTally());
  const engine = annotated.reduce((t, a) => addTallies(t, { ...a.tallies.claims, misses: [], falseHits: [] }), emptyTally());
  console.log(`\nclaims on the ${annotated.length} articles annotated twice (claims.second.json against expected.json, the eval's matching):`);
  console.log(`  annotators' agreement  P ${pct(precision(agreement))}%  R ${pct(recall(agreement))}%  F1 ${pct(f1(agreement))}%`);
  console.log(`  engine                 P ${pct(precision(engine))}%  R ${pct(recall(engine))}%  F1 ${pct(f1(engine))}%`);
}

console.log('\nF1 per article          chars  ' + CATEGORIES.map((c) => c.slice(0, 8).padStart(9)).join(''));
for (const a of articles) console.log(`${a.name.slice(0, 24).padEnd(24)} ${String(a.chars).padStart(6)}  ${CATEGORIES.map((c) => pct(f1(a.tallies[c])).padStart(9)).join('')}`);

for (const c of CATEGORIES) {
  const t = totals[c];
  if (!t.misses.length && !t.falseHits.length) continue;
  console.log(`\n${c}: ${t.misses.length} missed, ${t.falseHits.length} false hits`);
  for (const m of t.misses.slice(0, MAX_LISTED)) console.log(`  − ${m}`);
  if (t.misses.length > MAX_LISTED) console.log(`  … ${t.misses.length - MAX_LISTED} more missed`);
  for (const m of t.falseHits.slice(0, MAX_LISTED)) console.log(`  + ${m}`);
  if (t.falseHits.length > MAX_LISTED) console.log(`  … ${t.falseHits.length - MAX_LISTED} more false hits`);
}
