import * as jieba from 'jieba-wasm';
import { createAnalyzer, STAGES, type Stage } from '../src/core/analyze';
import type { CompanyDictionary } from '../src/core/companies/dictionary';
import { jiebaSegmenter, type Segmenter } from '../src/core/text/segmenter';
import { median } from './stats';

export interface EngineVsJieba {
  /** Bare jieba-wasm segmentation of the whole text (the engine's own mode: no HMM). */
  jiebaMs: number;
  engineMs: number;
  /** Each stage's median time; `segmentation` is the segmenter's share of `companies`, which asks for it. */
  stages: Record<Stage | 'segmentation', number>;
}

/**
 * The whole analysis against bare segmentation of the same text, in one process, runs interleaved
 * so that both meet the same machine state: segmentation is the one pass the engine cannot avoid.
 */
export function engineVsJieba(text: string, dictionary: CompanyDictionary, runs = 30, warmup = 5): EngineVsJieba {
  const plain = jiebaSegmenter(jieba);
  let segmentationMs = 0;
  const timed: Segmenter = {
    cut(t) {
      const t0 = performance.now();
      const words = plain.cut(t);
      segmentationMs += performance.now() - t0;
      return words;
    },
    addWord: plain.addWord,
  };
  const analyzer = createAnalyzer({ segmenter: timed, companies: dictionary });
  const jiebaTimes: number[] = [];
  const engineTimes: number[] = [];
  const stageTimes = new Map<string, number[]>();
  for (let i = 0; i < warmup + runs; i++) {
    const j0 = performance.now();
    plain.cut(text);
    const j = performance.now() - j0;
    segmentationMs = 0;
    const stage: Record<string, number> = {};
    const e0 = performance.now();
    let last = e0;
    analyzer.analyze(text, (s) => {
      const now = performance.now();
      stage[s] = now - last;
      last = now;
    });
    const e = performance.now() - e0;
    if (i < warmup) continue;
    jiebaTimes.push(j);
    engineTimes.push(e);
    stage.segmentation = segmentationMs;
    stage.companies -= segmentationMs;
    for (const [k, v] of Object.entries(stage)) stageTimes.set(k, [...(stageTimes.get(k) ?? []), v]);
  }
  const stages = Object.fromEntries([...STAGES, 'segmentation'].map((s) => [s, median(stageTimes.get(s) ?? [0])])) as EngineVsJieba['stages'];
  return { jiebaMs: median(jiebaTimes), engineMs: median(engineTimes), stages };
}
