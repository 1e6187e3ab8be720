import { describe, expect, it } from 'vitest';
import { COMPANY_RECORDS } from '../src/core/companies/data';
import type { CompanyRecord } from '../src/core/companies/record';
import { defaultAnalyzer } from '../src/node/engine';
import spec from './cases/market-frames.json';

const DRAWN = 400;
const SEED = 20261203;

/** mulberry32: a small seeded generator, so the draw is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const market = COMPANY_RECORDS.filter((r) => r.codes.some((c) => /\.(SH|SZ|BJ|HK)$/.test(c)));
const next = random(SEED);
const pool = [...market];
const drawn: CompanyRecord[] = [];
while (drawn.length < DRAWN) drawn.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);

const engine = defaultAnalyzer();
const slots = ['{A}', '{B}', '{C}'];

/**
 * Companies drawn from the whole market, not the famous ones, each in a sentence frame of ordinary market
 * news without its code: the engine finds each with its code, and no other company.
 */
describe(`${DRAWN} companies drawn from the listed market, in ${spec.frames.length} sentence frames`, () => {
  it('the draw covers the market, not the famous names', () => {
    expect(market.length).toBeGreaterThan(7000);
    expect(new Set(drawn.map((r) => r.name)).size).toBe(DRAWN);
  });

  let at = 0;
  let frameIndex = 0;
  while (at < drawn.length) {
    const frame = spec.frames[frameIndex++ % spec.frames.length];
    const count = slots.filter((s) => frame.includes(s)).length;
    const companies = drawn.slice(at, at + count);
    at += count;
    const text = companies.reduce((t, c, i) => t.replace(slots[i], c.name), frame);
    it(text, () => {
      const found = engine.analyze(text).companies.filter((c) => c.mentions.length > 0);
      const missing = companies.filter((c) => !found.some((f) => f.codes.includes(c.codes[0])));
      expect(missing.map((c) => `${c.name} ${c.codes[0]}`), 'not found').toEqual([]);
      const extra = found.filter((f) => !companies.some((c) => f.codes.includes(c.codes[0])));
      expect(extra.map((f) => `${f.name}(${f.mentions.map((m) => m.text).join(',')})`), 'found but not there').toEqual([]);
    });
  }
});
