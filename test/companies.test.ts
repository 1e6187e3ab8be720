import { describe, expect, it } from 'vitest';
import { defaultAnalyzer } from '../src/node/engine';
import spec from './cases/companies.json';

interface Case {
  text: string;
  companies: string[];
  not?: string[];
  why?: string;
  known_limitation?: string;
}

const run = (c: Case) => (c.known_limitation ? it.fails : it)(c.text, () => check(c));

const engine = defaultAnalyzer();

/** A company is named in a case by one of its codes, or by its name when unlisted. */
function found(text: string): { keys: Set<string>; mentions: string[] } {
  const analysis = engine.analyze(text);
  const keys = new Set<string>();
  for (const c of analysis.companies) {
    if (c.mentions.length === 0) continue;
    keys.add(c.name);
    if (c.en) keys.add(c.en);
    for (const code of c.codes) keys.add(code);
  }
  return { keys, mentions: analysis.companies.flatMap((c) => c.mentions.map((m) => m.text)) };
}

function check(c: Case) {
  const { keys, mentions } = found(c.text);
  const missing = c.companies.filter((k) => !keys.has(k));
  expect(missing, `missing in: ${c.text}`).toEqual([]);
  const analysis = engine.analyze(c.text);
  const extra = analysis.companies.filter((hit) => hit.mentions.length && !c.companies.some((k) => k === hit.name || k === hit.en || hit.codes.includes(k)));
  expect(extra.map((h) => `${h.name}(${h.mentions.map((m) => m.text).join(',')})`), `extra in: ${c.text}`).toEqual([]);
  for (const surface of c.not ?? []) expect(mentions, `"${surface}" reported in: ${c.text}`).not.toContain(surface);
}

describe('company precision traps (test/cases/companies.json)', () => {
  for (const c of spec.traps as Case[]) run(c);
});

describe('company mentions (test/cases/companies.json)', () => {
  for (const c of spec.mentions as Case[]) run(c);
});
