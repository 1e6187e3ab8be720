// One cold analysis in a fresh process: module load, WASM start, dictionary and first call.
import { readFileSync } from 'node:fs';

const t0 = performance.now();
const { defaultAnalyzer } = await import('../src/node/engine');
const text = readFileSync(process.argv[2], 'utf8');
const analysis = defaultAnalyzer().analyze(text);
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, companies: analysis.companies.length, rssMb: process.memoryUsage().rss / 2 ** 20 }));
