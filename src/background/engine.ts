import initJieba, * as jieba from 'jieba-wasm/web';
import { createAnalyzer, type Analyzer } from '../core/analyze';
import { COMPANY_INDEX, COMPANY_RECORDS } from '../core/companies/data';
import { CompanyDictionary } from '../core/companies/dictionary';
import { jiebaSegmenter } from '../core/text/segmenter';
import { warmUp } from './warm-up';

/** How the engine's start-up went in this worker, in ms from the worker's start (for the benchmark). */
export interface EngineStartup {
  started: number;
  /** The company dictionary and its matcher built: the engine without word segmentation can answer. */
  dictionary: number;
  /** jieba-wasm compiled and instantiated. */
  wasm: number;
  /** jieba's first cut done: it builds its dictionary then. */
  segmenter: number;
}

let dictionary: Promise<CompanyDictionary> | null = null;
let quick: Promise<Analyzer> | null = null;
let engine: Promise<Analyzer> | null = null;
let ready: Analyzer | null = null;
let startup: EngineStartup | null = null;
let started = 0;

function companyDictionary(): Promise<CompanyDictionary> {
  dictionary ??= Promise.resolve().then(() => {
    started = performance.now();
    return new CompanyDictionary(COMPANY_RECORDS, COMPANY_INDEX);
  });
  return dictionary;
}

/**
 * The engine without word segmentation, on the same dictionary: ready well before jieba-wasm has built its own
 * dictionary (a quarter of a second on its first cut), it answers a cold worker's first article at once; the
 * analysis is then made again by the whole engine. Word boundaries mostly confirm matches, so it finds nearly all
 * of the same (`npm run eval -- --quick`: companies F1 98.0 against 99.3, quotes 95.0 against 95.5, claims 81.9
 * against 83.5, figures the same, on 2026-12-04's corpus).
 */
export function getQuickEngine(): Promise<Analyzer> {
  quick ??= companyDictionary().then((companies) => createAnalyzer({ segmenter: null, companies }));
  return quick;
}

/**
 * jieba's first cut holds the worker for a quarter of a second: it starts once the quick engine has answered a
 * page's first request, or once no request has come for this long (a page still loading then meets the whole
 * engine when it asks).
 */
const SEGMENTER_GRACE_MS = 1000;
let quickAnswered: () => void = () => undefined;
const firstQuickAnswer = new Promise<void>((resolve) => (quickAnswered = resolve));

/** The quick engine has answered a page, or a request needs the whole engine: the segmenter may take the worker now. */
export function startSegmenter(): void {
  quickAnswered();
}

/** The one engine of this worker's life: dictionary, then WASM and segmenter, once; the quick engine on the way. */
export function getEngine(): Promise<Analyzer> {
  engine ??= (async () => {
    const companies = await companyDictionary();
    const dictionaryDone = performance.now();
    await getQuickEngine();
    await Promise.race([firstQuickAnswer, new Promise((resolve) => setTimeout(resolve, SEGMENTER_GRACE_MS))]);
    // The quick answer goes out before jieba blocks the worker.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await initJieba();
    const wasm = performance.now();
    jieba.cut('', false);
    const segmenter = performance.now();
    startup = { started, dictionary: dictionaryDone, wasm, segmenter };
    const analyzer = createAnalyzer({ segmenter: jiebaSegmenter(jieba), companies });
    ready = analyzer;
    warmUp(analyzer);
    return analyzer;
  })();
  engine.catch(() => (engine = null));
  return engine;
}

/** The whole engine if it is built, else null (the quick one answers meanwhile). */
export function readyEngine(): Analyzer | null {
  return ready;
}

export function engineStartup(): EngineStartup | null {
  return startup;
}
