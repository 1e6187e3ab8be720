import * as jieba from 'jieba-wasm';
import { createAnalyzer, type Analyzer } from '../core/analyze';
import { COMPANY_RECORDS } from '../core/companies/data';
import { jiebaSegmenter } from '../core/text/segmenter';

let shared: Analyzer | null = null;

/** The engine with jieba-wasm (Node build) and the bundled company dictionary, built once. */
export function defaultAnalyzer(): Analyzer {
  return (shared ??= createAnalyzer({ segmenter: jiebaSegmenter(jieba), companies: COMPANY_RECORDS }));
}
