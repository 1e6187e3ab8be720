/**
 * CaiZhu's figure stage against Microsoft Recognizers-Text (Chinese currency + percentage
 * models), side by side on the same text: median time per run and recall on the figure cases.
 * Run: npx tsx bench/figures-vs-recognizers.ts
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as jieba from 'jieba-wasm';
import { Culture, NumberWithUnitRecognizer } from '@microsoft/recognizers-text-number-with-unit';
import { NumberRecognizer } from '@microsoft/recognizers-text-number';
import { createAnalyzer } from '../src/core/analyze';
import { findFigures } from '../src/core/figures/find-figures';
import { Doc } from '../src/core/text/doc';
import { jiebaSegmenter } from '../src/core/text/segmenter';
import { timeMedian } from './stats';

const CASES_PATH = resolve(fileURLToPath(import.meta.url), '../../test/cases/figures.json');
const MIN_LENGTH = 20_000;
const RUNS = 20;
const WARMUP = 3;
/** Recognizers' Chinese currency model is super-linear in input length (4,000 characters in one
 * call take ~25 s), so it is fed the long text paragraph by paragraph, as one would use it. */
const RECOGNIZERS_WARMUP = 1;
/** Each recognizers run takes seconds; the gap is two orders of magnitude, so a median of 5 is plenty. */
const RECOGNIZERS_RUNS = 5;
const RELATIVE_TOLERANCE = 1e-6;

interface Case {
  text: string;
  figures: Array<{ text: string; value: number }>;
}

export interface FiguresBench {
  caizhuMs: number;
  recognizersMs: number;
  ratio: number;
  caizhuRecall: number;
  recognizersRecall: number;
  chars: number;
  expected: number;
}

const close = (a: number, b: number) => Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));

/** The case texts repeated in a deterministic shuffle until the text is long enough. */
function longText(cases: Case[]): string {
  const out: string[] = [];
  let length = 0;
  let seed = 11;
  while (length < MIN_LENGTH) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const t = cases[seed % cases.length].text;
    out.push(t);
    length += t.length + 1;
  }
  return out.join('\n');
}

async function loadCompanies() {
  try {
    return (await import('../src/core/companies/data')).COMPANY_RECORDS;
  } catch {
    return (await import('../test/support/figure-dictionary')).FIGURE_RECORDS;
  }
}

export async function runFiguresBench(): Promise<FiguresBench> {
  const cases = (JSON.parse(readFileSync(CASES_PATH, 'utf8')) as { cases: Case[] }).cases;
  const text = longText(cases);

  const engine = createAnalyzer({ segmenter: jiebaSegmenter(jieba), companies: await loadCompanies() });
  const currency = new NumberWithUnitRecognizer(Culture.Chinese).getCurrencyModel();
  const percentage = new NumberRecognizer(Culture.Chinese).getPercentageModel();
  const recognize = (t: string) => [...currency.parse(t), ...percentage.parse(t)];

  // Same input for both: CaiZhu's stage over a prepared document (segmentation and companies
  // done once, outside the timing), recognizers over the raw string.
  const doc = new Doc(text, jiebaSegmenter(jieba));
  const companies = engine.analyze(text).companies;
  doc.isBoundary(0);
  const caizhuMs = timeMedian(() => findFigures(doc, companies), RUNS, WARMUP);
  const paragraphs = text.split('\n');
  const recognizersMs = timeMedian(() => paragraphs.map(recognize), RECOGNIZERS_RUNS, RECOGNIZERS_WARMUP);

  let expected = 0;
  let caizhuFound = 0;
  let recognizersFound = 0;
  for (const c of cases) {
    if (c.figures.length === 0) continue;
    const ours = engine.analyze(c.text).figures;
    const theirs = recognize(c.text).map((r) => ({
      start: r.start,
      end: r.end + 1, // recognizers' end is inclusive
      value: Number((r.resolution as { value?: string } | undefined)?.value?.replace('%', '') ?? NaN),
    }));
    const norm = new Doc(c.text, null).norm;
    let from = 0;
    for (const e of c.figures) {
      expected++;
      const start = norm.indexOf(new Doc(e.text, null).norm, from);
      const end = start + e.text.length;
      from = start < 0 ? from : end;
      if (ours.some((f) => f.text === e.text && close(f.value, e.value))) caizhuFound++;
      if (theirs.some((r) => r.start < end && r.end > start && close(r.value, e.value))) recognizersFound++;
    }
  }

  return {
    caizhuMs,
    recognizersMs,
    ratio: recognizersMs / caizhuMs,
    caizhuRecall: caizhuFound / expected,
    recognizersRecall: recognizersFound / expected,
    chars: text.length,
    expected,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await runFiguresBench();
  console.log(`Figures on ${r.chars} characters (${r.expected} expected figures for recall)\n`);
  console.log(`${''.padEnd(22)}${'CaiZhu'.padStart(12)}${'recognizers'.padStart(14)}`);
  console.log(`${'median ms per run'.padEnd(22)}${r.caizhuMs.toFixed(2).padStart(12)}${r.recognizersMs.toFixed(2).padStart(14)}`);
  console.log(`${'recall'.padEnd(22)}${(r.caizhuRecall * 100).toFixed(1).padStart(11)}%${(r.recognizersRecall * 100).toFixed(1).padStart(13)}%`);
  console.log(`\nCaiZhu is ${r.ratio.toFixed(1)}× faster`);
}
