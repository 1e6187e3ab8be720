import { describe, expect, it } from 'vitest';
import type { Claim, Quote } from '../../src/core/types';
import { defaultAnalyzer } from '../../src/node/engine';
import { markdownToArticle } from '../../src/node/markdown';
import { hasShared, readSeed, type SeedExpected } from '../support/shared';

/** A quote may begin this many characters away from the fixture's `starts_with` (a leading mark or comma). */
const NEAR = 4;
/** A claim's span must contain this many first characters of the fixture's `starts_with`. */
const CLAIM_PREFIX = 10;

/*
 * Who asserts a claim in the article's own voice: null, except where the text itself gives
 * the observation to the reporter (记者注意到 / 记者了解到 …). There the fixture records
 * by: "记者", and so does the engine: the sentence names its asserter. The reporter is
 * still never a quote speaker (see not_speakers).
 */
describe.skipIf(!hasShared)('seed article (../shared): quotes and claims', () => {
  const { markdown, expected } = hasShared ? readSeed() : ({} as { markdown: string; expected: SeedExpected });
  const analysis = hasShared ? defaultAnalyzer().analyze(markdownToArticle(markdown, expected.article.url)) : null!;
  const text = hasShared ? analysis.article.text : '';
  const show = (qs: Quote[]) => qs.map((q) => `${q.direct ? '“' : '»'}${q.speaker.name}: ${q.text.slice(0, 20)}`);
  const showClaims = (cs: Claim[]) => cs.map((c) => `${c.type}/${c.by}: ${c.text.slice(0, 20)}`);

  for (const want of hasShared ? expected.quotes : []) {
    it(`quote by ${want.speaker} (${want.direct ? 'direct' : 'reported'}): ${want.starts_with}`, () => {
      const at = text.indexOf(want.starts_with);
      expect(at, 'starts_with is in the article body').toBeGreaterThanOrEqual(0);
      const found = analysis.quotes.filter(
        (q) =>
          (q.text.startsWith(want.starts_with) || (Math.abs(q.start - at) <= NEAR && q.end > at)) &&
          q.speaker.name === want.speaker &&
          q.speaker.isOrg === (want.speaker_is_org ?? false) &&
          q.direct === want.direct &&
          (want.title === undefined || q.speaker.title === want.title) &&
          (want.org === undefined || q.speaker.org === want.org),
      );
      expect(found.length, `found ${JSON.stringify(show(analysis.quotes))}`).toBeGreaterThan(0);
    });
  }

  for (const want of hasShared ? expected.claims : []) {
    it(`claim ${want.type} by ${want.by}: ${want.starts_with.slice(0, 20)}`, () => {
      const prefix = want.starts_with.slice(0, CLAIM_PREFIX);
      const found = analysis.claims.filter((c) => c.text.includes(prefix) && c.type === want.type && c.by === want.by);
      expect(found.length, `found ${JSON.stringify(showClaims(analysis.claims.filter((c) => c.text.includes(prefix))))}`).toBeGreaterThan(0);
    });
  }

  it('makes none of not_speakers a speaker', () => {
    const speakers = analysis.quotes.map((q) => q.speaker.name);
    for (const name of expected.not_speakers) expect(speakers).not.toContain(name);
  });

  it('keeps every quote and claim at its offsets', () => {
    for (const q of analysis.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    for (const c of analysis.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});
