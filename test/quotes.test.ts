import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Quote } from '../src/core/types';
import { defaultAnalyzer } from '../src/node/engine';

interface ExpectedQuote {
  speaker: string;
  title?: string | null;
  org?: string | null;
  isOrg: boolean;
  direct: boolean;
  starts_with: string;
}
interface QuoteCase {
  text: string;
  quotes: ExpectedQuote[];
  note?: string;
  /** The engine still gets this case wrong: its test asserts that it fails, so a fix is noticed. */
  known_limitation?: string;
}

const CASES: QuoteCase[] = JSON.parse(readFileSync(new URL('./cases/quotes.json', import.meta.url), 'utf8'));

/** A found quote matches when its words start with (or contain) `starts_with` and its speaker agrees. */
export function matchesQuote(found: Quote, want: ExpectedQuote): boolean {
  const s = found.speaker;
  return (
    (found.text.startsWith(want.starts_with) || found.text.includes(want.starts_with)) &&
    s.name === want.speaker &&
    s.isOrg === want.isOrg &&
    found.direct === want.direct &&
    (want.title === undefined || s.title === want.title) &&
    (want.org === undefined || s.org === want.org)
  );
}

const show = (quotes: Quote[]) => quotes.map((q) => `${q.direct ? '“' : '»'}${q.speaker.name}/${q.speaker.title}/${q.speaker.org}${q.speaker.isOrg ? '(org)' : ''}: ${q.text.slice(0, 24)}`);

describe('quote attribution cases (test/cases/quotes.json)', () => {
  const engine = defaultAnalyzer();

  it('has enough cases, negatives among them', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(70);
    expect(CASES.filter((c) => c.quotes.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  for (const [i, c] of CASES.entries()) {
    (c.known_limitation ? it.fails : it)(`#${i + 1} ${c.text.slice(0, 36).replace(/\n/g, '⏎')}`, () => {
      const { quotes } = engine.analyze(c.text);
      for (const q of quotes) expect(c.text.slice(q.start, q.end)).toBe(q.text);
      for (const want of c.quotes) {
        expect(quotes.some((q) => matchesQuote(q, want)), `missing ${JSON.stringify(want)}; found ${JSON.stringify(show(quotes))}`).toBe(true);
      }
      const allowed = new Set(c.quotes.map((q) => q.speaker));
      const extra = quotes.filter((q) => q.speaker.name !== null && !allowed.has(q.speaker.name));
      expect(show(extra), 'speakers the case does not name').toEqual([]);
    });
  }
});
