import type { CompanyIndex } from '../quotes/company-index';

/**
 * Who asserts a claim. Inside a quote: its speaker. Company guidance outside quotes: the
 * company the sentence is about. The article's own voice: null — except where the article
 * says the reporter observed it (记者注意到…), which the fixture data records as "记者":
 * the text names the reporter as the one making the observation, so we keep that.
 */

export const REPORTER = '记者';

/** The company a guidance sentence is about: named in it before the cue, else the one last named. */
export function guidanceCompany(companies: CompanyIndex, sentenceStart: number, cue: number): string | null {
  const last = companies.lastBefore(cue);
  if (!last) return null;
  const first = companies.firstFrom(sentenceStart);
  return first && first.end <= cue ? first.name : last.name;
}
