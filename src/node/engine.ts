import * as jieba from 'jieba-wasm';
import { createAnalyzer, type Analyzer } from '../core/analyze';
import { COMPANY_INDEX, COMPANY_RECORDS } from '../core/companies/data';
import { CompanyDictionary } from '../core/companies/dictionary';
import { jiebaSegmenter } from '../core/text/segmenter';

let shared: Analyzer | null = null;

/** The engine with jieba-wasm (Node build) and the bundled company dictionary, built once. */
export function defaultAnalyzer(): Analyzer {
  return (shared ??= createAnalyzer({ segmenter: jiebaSegmenter(jieba), companies: new CompanyDictionary(COMPANY_RECORDS, COMPANY_INDEX) }));
}

/** The engine without word segmentation (what a cold extension worker answers with first), on the bundled dictionary. */
export function quickAnalyzer(): Analyzer {
  return createAnalyzer({ segmenter: null, companies: new CompanyDictionary(COMPANY_RECORDS, COMPANY_INDEX) });
}
