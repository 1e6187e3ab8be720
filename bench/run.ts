import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultAnalyzer } from '../src/node/engine';
import { readArticle } from '../src/node/read-article';
import { lowerAscii, foldWidth } from '../src/core/text/normalize';
import { longArticle } from './long-article';
import { engineVsJieba } from './engine-vs-jieba';
import { median, timeMedian } from './stats';
import { gzipSync } from 'node:zlib';
import { COMPANY_RECORDS } from '../src/core/companies/data';
import { hasShared, SEED_ARTICLE } from '../test/support/shared';
import { markdownToArticle } from '../src/node/markdown';

const rows: Array<[string, string]> = [];
const row = (label: string, value: string) => {
  rows.push([label, value]);
  console.log(`${label.padEnd(58)} ${value}`);
};

const text = longArticle();
const dir = mkdtempSync(join(tmpdir(), 'caizhu-bench-'));
const longPath = join(dir, 'long.txt');
writeFileSync(longPath, text);

console.log(`CaiZhu bench — long article of ${text.length} characters (${text.split('\n').length} paragraphs)\n`);

// The dictionary as shipped against the dictionary of 2026-11, each in fresh processes (median of 3).
const coldRuns = (variant: string) => {
  const runs = [0, 1, 2].map(() => JSON.parse(execFileSync('npx', ['tsx', 'bench/cold.ts', longPath, variant], { encoding: 'utf8' })));
  const pick = (k: string) => median(runs.map((r) => r[k]));
  return { ms: pick('ms'), dictionaryMs: pick('dictionaryMs'), warmMs: pick('warmMs'), surfaces: runs[0].surfaces, rssMb: pick('rssMb') };
};
const cold = coldRuns('full');
const earlier = coldRuns('earlier');
row('cold: import + WASM + dictionary + first analysis', `${cold.ms.toFixed(1)} ms (${(text.length / cold.ms).toFixed(1)} chars/ms)`);
row(`  dictionary of ${COMPANY_RECORDS.length} orgs (${cold.surfaces} names) vs 2026-11's (${earlier.surfaces})`, `cold ${cold.ms.toFixed(0)} vs ${earlier.ms.toFixed(0)} ms (${(cold.ms / earlier.ms).toFixed(2)}×); dictionary load ${cold.dictionaryMs.toFixed(0)} vs ${earlier.dictionaryMs.toFixed(0)} ms; warm ${cold.warmMs.toFixed(1)} vs ${earlier.warmMs.toFixed(1)} ms (${(cold.warmMs / earlier.warmMs).toFixed(2)}×); rss ${cold.rssMb.toFixed(0)} vs ${earlier.rssMb.toFixed(0)} MiB`);
const dataSize = (file: string) => {
  const bytes = readFileSync(file);
  return `${(bytes.length / 1024).toFixed(0)} KB (${(gzipSync(bytes).length / 1024).toFixed(0)} KB gzipped)`;
};
row('dictionary data: companies.json / companies.index.json', `${dataSize('src/core/companies/data/companies.json')} / ${dataSize('src/core/companies/data/companies.index.json')}`);

const engine = defaultAnalyzer();
const warm = timeMedian(() => engine.analyze(text), 20, 3);
row('warm: analysis of the long article (median of 20)', `${warm.toFixed(2)} ms (${(text.length / warm).toFixed(0)} chars/ms)`);

const versus = engineVsJieba(text, engine.dictionary);
row('engine vs bare jieba-wasm segmentation, same text, one process', `${versus.engineMs.toFixed(2)} ms vs ${versus.jiebaMs.toFixed(2)} ms → ${(versus.engineMs / versus.jiebaMs).toFixed(2)}× (median of 30, interleaved)`);
const stageSum = Object.values(versus.stages).reduce((a, b) => a + b, 0);
row('  stage shares (segmentation is asked for by companies)', Object.entries(versus.stages).sort((a, b) => b[1] - a[1]).map(([s, ms]) => `${s} ${ms.toFixed(1)} ms (${((ms / stageSum) * 100).toFixed(0)}%)`).join(', '));

const sample = readArticle(readFileSync('assets/sample/article.html', 'utf8'), { fileName: 'article.html' });
row(`warm: sample article (${sample.text.length} chars)`, `${timeMedian(() => engine.analyze(sample), 50, 5).toFixed(2)} ms`);
if (hasShared) {
  const seed = markdownToArticle(readFileSync(SEED_ARTICLE, 'utf8'));
  row(`warm: seed article (${seed.text.length} chars)`, `${timeMedian(() => engine.analyze(seed), 50, 5).toFixed(2)} ms`);
}
const mem = process.memoryUsage();
row('memory after the runs: rss / heap used', `${(mem.rss / 2 ** 20).toFixed(0)} MiB / ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`);

// Peer: the per-name loop the one-pass matcher replaces (indexOf for every surface).
const lower = lowerAscii(foldWidth(text));
const surfaces = [...new Set(engine.dictionary.surfaces.map((s) => lowerAscii(s.text)))];
const naive = () => {
  let n = 0;
  for (const s of surfaces) for (let i = lower.indexOf(s); i >= 0; i = lower.indexOf(s, i + 1)) n++;
  return n;
};
const ac = () => engine.dictionary.matcher.findAll(lower).length;
const naiveMs = timeMedian(naive, 10, 2);
const acMs = timeMedian(ac, 10, 2);
row(`company matching: Aho–Corasick vs ${surfaces.length} indexOf loops`, `${acMs.toFixed(2)} ms vs ${naiveMs.toFixed(2)} ms → ${(naiveMs / acMs).toFixed(1)}× faster`);

const FIGURES_BENCH = './figures-vs-recognizers';
if (existsSync('bench/figures-vs-recognizers.ts')) {
  const { runFiguresBench } = (await import(FIGURES_BENCH)) as { runFiguresBench: () => Promise<Record<string, number>> };
  const f = await runFiguresBench();
  row('figures: CaiZhu vs recognizers-text (median ms)', `${f.caizhuMs.toFixed(2)} ms vs ${f.recognizersMs.toFixed(2)} ms → ${f.ratio.toFixed(1)}× faster`);
  row('figures: recall on test/cases/figures.json', `CaiZhu ${(f.caizhuRecall * 100).toFixed(1)}% vs recognizers ${(f.recognizersRecall * 100).toFixed(1)}%`);
}

if (!process.env.CAIZHU_BENCH_NO_BROWSER) {
  const { runExtensionBench } = await import('./extension');
  const { pages, next, contentScriptGzip } = await runExtensionBench();
  console.log('\nIn real browsers (content-script start → every highlight painted, median of 5; jieba = jieba-wasm\'s own first cut in the same background):');
  for (const p of pages) {
    const label = `  ${p.browser} ${p.page} (${p.chars} chars)`;
    row(`${label}: browser just started`, `first paint ${p.freshMs.toFixed(0)} ms = ${(p.freshMs / p.jiebaFirstCutMs).toFixed(2)}× jieba's first cut (${p.jiebaFirstCutMs.toFixed(0)} ms), quick engine's in ${p.freshProvisional} of 5; whole engine's ${p.freshFinalMs.toFixed(0)} ms`);
    if (p.stoppedMs !== null) row(`${label}: worker stopped`, `first paint ${p.stoppedMs.toFixed(0)} ms; whole engine's ${p.stoppedFinalMs!.toFixed(0)} ms`);
    row(`${label}: warm`, `${p.warmMs.toFixed(0)} ms; elements in view / everywhere ${p.warmVisibleMs.toFixed(0)} / ${p.warmElementsMs.toFixed(0)} ms; longest CaiZhu block ${p.longestTaskMs.toFixed(0)} ms`);
  }
  for (const n of next) {
    const warmOfPage = pages.find((p) => p.browser === n.browser && p.page === n.page)?.warmMs ?? NaN;
    row(`  ${n.browser}: ${n.page} 35 s after the first article, that one still open`, `${n.nextMs.toFixed(0)} ms (${(n.nextMs / warmOfPage).toFixed(2)}× warm); same background: ${n.sameBackground === null ? 'not told' : n.sameBackground ? 'yes' : 'no'}; background memory ${n.backgroundRssMb === null ? 'not found' : `${n.backgroundRssMb.toFixed(0)} MiB`}`);
  }
  row('  content scripts size', `${(contentScriptGzip / 1024).toFixed(1)} KB gzipped`);
  const worker = readdirSync('dist/chrome/assets').filter((f) => f.endsWith('.js')).map((f) => `dist/chrome/assets/${f}`).sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (worker) row('  largest extension chunk (the worker\'s engine and dictionary)', dataSize(worker));
}
