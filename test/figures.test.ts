import { describe, expect, it } from 'vitest';
import type { Figure } from '../src/core/types';
import spec from './cases/figures.json';
import { figureEngine } from './support/figure-dictionary';

interface Expected {
  text: string;
  kind: string;
  value: number;
  high: number | null;
  unit: string;
  approx: boolean;
  metric?: string;
  company?: string;
}

const RELATIVE_TOLERANCE = 1e-6;
const close = (a: number | null, b: number | null) =>
  a === b || (a !== null && b !== null && Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)));

/** The comparable part of a found figure, shaped like the expectation (metric/company only when asked). */
function shape(found: Figure, expected: Expected): Expected {
  const out: Expected = {
    text: found.text,
    kind: found.kind,
    value: close(found.value, expected.value) ? expected.value : found.value,
    high: close(found.high, expected.high) ? expected.high : found.high,
    unit: found.unit,
    approx: found.approx,
  };
  if ('metric' in expected) out.metric = found.metric ?? undefined;
  if ('company' in expected) out.company = found.company ?? undefined;
  return out;
}

const { engine, bundled } = await figureEngine();

describe(`figures (test/cases/figures.json, ${bundled ? 'bundled' : 'local'} dictionary)`, () => {
  for (const c of spec.cases as Array<{ text: string; figures: Expected[] }>) {
    it(c.text, () => {
      const analysis = engine.analyze(c.text);
      const found = analysis.figures;
      for (const f of found) expect(c.text.slice(f.start, f.end)).toBe(f.text);
      const comparable = found.map((f, i) => (c.figures[i] ? shape(f, c.figures[i]) : f));
      expect(comparable).toEqual(c.figures);
    });
  }

  it('keeps figures sorted and non-overlapping', () => {
    for (const c of spec.cases) {
      const found = engine.analyze(c.text).figures;
      for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
    }
  });
});
