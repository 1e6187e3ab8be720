import initJieba, * as jieba from 'jieba-wasm/web';
import { createAnalyzer, type Analyzer } from '../core/analyze';
import { COMPANY_INDEX, COMPANY_RECORDS } from '../core/companies/data';
import { CompanyDictionary } from '../core/companies/dictionary';
import { jiebaSegmenter } from '../core/text/segmenter';
import { warmUp } from './warm-up';

/** How the engine's start-up went in this worker, in ms from the worker's start (for the benchmark). */
export interface EngineStartup {
  started: number;
  /** jieba-wasm compiled and instantiated. */
  wasm: number;
  /** jieba's first cut done: it builds its dictionary then. */
  segmenter: number;
  /** The company dictionary and its matcher built. */
  dictionary: number;
}

let engine: Promise<Analyzer> | null = null;
let startup: EngineStartup | null = null;

/** The one engine of this worker's life: WASM and dictionary load on first use, once. */
export function getEngine(): Promise<Analyzer> {
  engine ??= (async () => {
    const started = performance.now();
    await initJieba();
    const wasm = performance.now();
    jieba.cut('', false);
    const segmenter = performance.now();
    const companies = new CompanyDictionary(COMPANY_RECORDS, COMPANY_INDEX);
    startup = { started, wasm, segmenter, dictionary: performance.now() };
    const analyzer = createAnalyzer({ segmenter: jiebaSegmenter(jieba), companies });
    warmUp(analyzer);
    return analyzer;
  })();
  engine.catch(() => (engine = null));
  return engine;
}

export function engineStartup(): EngineStartup | null {
  return startup;
}
