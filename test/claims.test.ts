import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../src/core/types';
import { defaultAnalyzer } from '../src/node/engine';

interface ExpectedClaim {
  starts_with: string;
  type: Claim['type'];
  by: string | null;
}
interface ClaimCase {
  text: string;
  claims: ExpectedClaim[];
  /** The engine still gets this case wrong: its test asserts that it fails, so a fix is noticed. */
  known_limitation?: string;
}

const CASES: ClaimCase[] = JSON.parse(readFileSync(new URL('./cases/claims.json', import.meta.url), 'utf8'));

/** A found claim matches when its span starts with (or contains) `starts_with`, with the same type and author. */
const matches = (found: Claim, want: ExpectedClaim) =>
  (found.text.startsWith(want.starts_with) || found.text.includes(want.starts_with)) && found.type === want.type && found.by === want.by;

const show = (claims: Claim[]) => claims.map((c) => `${c.type}/${c.by}: ${c.text.slice(0, 30)}`);

describe('claim cases (test/cases/claims.json)', () => {
  const engine = defaultAnalyzer();

  it('has enough cases, at least 20 of them plain narration', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(50);
    expect(CASES.filter((c) => c.claims.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  for (const [i, c] of CASES.entries()) {
    (c.known_limitation ? it.fails : it)(`#${i + 1} ${c.text.slice(0, 36)}`, () => {
      const { claims } = engine.analyze(c.text);
      for (const claim of claims) {
        expect(c.text.slice(claim.start, claim.end)).toBe(claim.text);
        expect(claim.confidence).toBeGreaterThanOrEqual(0);
        expect(claim.confidence).toBeLessThanOrEqual(1);
      }
      if (c.claims.length === 0) expect(show(claims), 'narration flagged as a claim').toEqual([]);
      for (const want of c.claims) {
        expect(claims.some((f) => matches(f, want)), `missing ${JSON.stringify(want)}; found ${JSON.stringify(show(claims))}`).toBe(true);
      }
    });
  }
});
