import initJieba, * as jieba from 'jieba-wasm/web';
import { createAnalyzer, type Analyzer } from '../core/analyze';
import { COMPANY_INDEX, COMPANY_RECORDS } from '../core/companies/data';
import { CompanyDictionary } from '../core/companies/dictionary';
import { jiebaSegmenter } from '../core/text/segmenter';
import { warmUp } from './warm-up';

let engine: Promise<Analyzer> | null = null;

/** The one engine of this worker's life: WASM and dictionary load on first use, once. */
export function getEngine(): Promise<Analyzer> {
  engine ??= (async () => {
    performance.mark('caizhu:engine-start');
    await initJieba();
    performance.mark('caizhu:wasm-ready');
    jieba.cut('', false);
    performance.mark('caizhu:segmenter-ready');
    const companies = new CompanyDictionary(COMPANY_RECORDS, COMPANY_INDEX);
    performance.mark('caizhu:dictionary-ready');
    const analyzer = createAnalyzer({ segmenter: jiebaSegmenter(jieba), companies });
    warmUp(analyzer);
    return analyzer;
  })();
  engine.catch(() => (engine = null));
  return engine;
}
