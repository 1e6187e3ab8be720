import type { Analyzer } from '../core/analyze';

const WARM_UP_COMPANIES = 120;
const WARM_UP_RUNS = 4;
/** Warm-up waits for a quiet moment: a page's request must never queue behind it. */
const QUIET_MS = 1500;
let lastRequest = 0;

/** Called on every analysis request, so that warm-up steps back. */
export function noteRequest(): void {
  lastRequest = Date.now();
}

/**
 * Synthetic paragraphs that take every stage through its paths (codes, companies, figures,
 * quotes, claims), made from the dictionary: no article text is bundled.
 */
export function warmUpText(analyzer: Analyzer): string {
  const listed = analyzer.dictionary.companies.filter((c) => c.codes.length > 0).slice(0, WARM_UP_COMPANIES);
  return listed
    .map(
      (c, i) =>
        `${c.name}（${c.codes[0]}）发布公告称，公司2024年实现营收${(i % 90) + 10}.2亿元—${(i % 90) + 12}.4亿元，同比增长${(i % 40) + 1}.17%。` +
        `该公司董事长王${'明华志国'[i % 4]}表示：“我们将继续加大研发投入，预计明年出货量增长约${(i % 5) + 1}倍。”受需求回暖影响，其股价报${(i % 200) + 10}.5元/股。`,
    )
    .join('\n');
}

/**
 * A service worker analyses a few articles in its life, so the engine's code would stay in
 * V8's slower tiers; a few runs over synthetic text right after start-up let the JIT
 * optimise it. It runs once the worker has been quiet for a moment, one run per task.
 */
export function warmUp(analyzer: Analyzer): void {
  let text: string | null = null;
  let runs = 0;
  const step = () => {
    const quietFor = Date.now() - lastRequest;
    if (quietFor < QUIET_MS) {
      setTimeout(step, QUIET_MS - quietFor);
      return;
    }
    text ??= warmUpText(analyzer);
    analyzer.analyze(text);
    if (++runs < WARM_UP_RUNS) setTimeout(step, 0);
  };
  setTimeout(step, QUIET_MS);
}
