import { describe, expect, it } from 'vitest';
import { defaultAnalyzer } from '../src/node/engine';
import spec from './cases/ordinary-prose.json';

const engine = defaultAnalyzer();

/**
 * The false-hit rate of a dictionary of thousands of short names: ordinary news prose about policy, weather,
 * sport and daily life (written for the project, full of 长城, 天下, 大众, 平安, 老百姓, 太阳能 …) names no company.
 */
describe('ordinary prose names no company (test/cases/ordinary-prose.json)', () => {
  it('holds at least 40 paragraphs', () => {
    expect(spec.paragraphs.length).toBeGreaterThanOrEqual(40);
  });
  for (const [i, p] of spec.paragraphs.entries()) {
    it(`#${i + 1} ${p.topic}: ${p.text.slice(0, 24)}…`, () => {
      const hits = engine.analyze(p.text).companies.flatMap((c) => c.mentions.map((m) => `${c.name}(${m.text})`));
      expect(hits).toEqual([]);
    });
  }
});
