import { defaultAnalyzer as figureAnalyzer } from "../src/node/engine";
import { markdownToArticle } from '../src/node/markdown';
import { readFileSync } from 'node:fs';
const e = figureAnalyzer();
const texts = process.argv.slice(2);
if (texts[0] === 'seed') {
  const a = e.analyze(markdownToArticle(readFileSync('../shared/seed/qq-20250208A078UR00.md','utf8')));
  for (const f of a.figures) console.log(JSON.stringify([f.text,f.kind,f.value,f.high,f.unit,f.approx,f.metric,f.company]));
} else for (const t of texts) { console.log(t); for (const f of e.analyze(t).figures) console.log('  ', JSON.stringify([f.text,f.kind,f.value,f.high,f.unit,f.approx,f.metric,f.company])); }
