// One cold analysis in a fresh process: module load, WASM start, dictionary and first call.
//   cold.ts <text file> [full|earlier]   full: the dictionary as shipped (prebuilt index);
//   earlier: the dictionary of 2026-11 (the five hand-kept files of curated/, 2,128 organisations, built at start).
import { readFileSync } from 'node:fs';

const variant = process.argv[3] ?? 'full';
const t0 = performance.now();
const jieba = await import('jieba-wasm');
const { createAnalyzer } = await import('../src/core/analyze');
const { CompanyDictionary } = await import('../src/core/companies/dictionary');
const { jiebaSegmenter } = await import('../src/core/text/segmenter');
let dictionary;
let tDict = performance.now();
if (variant === 'earlier') {
  const files = ['a-share-main', 'a-share-growth', 'greater-china-offshore', 'foreign', 'unlisted'];
  const records = files.flatMap((f) => JSON.parse(readFileSync(new URL(`../src/core/companies/data/curated/${f}.json`, import.meta.url), 'utf8')));
  tDict = performance.now();
  dictionary = new CompanyDictionary(records);
} else {
  // Read as the bundles read it (JSON.parse of the text), not through the TypeScript loader's JSON modules.
  const read = (f: string) => JSON.parse(readFileSync(new URL(`../src/core/companies/data/${f}`, import.meta.url), 'utf8'));
  const records = read('companies.json');
  const index = read('companies.index.json');
  tDict = performance.now();
  dictionary = new CompanyDictionary(records, index);
}
const dictionaryMs = performance.now() - tDict;
const text = readFileSync(process.argv[2], 'utf8');
const analyzer = createAnalyzer({ segmenter: jiebaSegmenter(jieba), companies: dictionary });
const analysis = analyzer.analyze(text);
const ms = performance.now() - t0;
const t1 = performance.now();
const runs = 10;
for (let i = 0; i < runs; i++) analyzer.analyze(text);
const warmMs = (performance.now() - t1) / runs;
process.stdout.write(JSON.stringify({ ms, dictionaryMs, warmMs, companies: analysis.companies.length, surfaces: dictionary.surfaces.length, rssMb: process.memoryUsage().rss / 2 ** 20 }));
