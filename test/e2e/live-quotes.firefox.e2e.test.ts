import { describe } from 'vitest';
import { firefoxBrowser } from './firefox-driver';
import { liveQuoteScenarios, useQuoteBrowser } from './live-quote-scenarios';

/** The real build: the optional host is requested by the test's click and granted without a prompt (see firefox-driver.ts). */
describe('live quotes in Firefox', () => {
  const suite = useQuoteBrowser((port) => firefoxBrowser('dist/firefox', port, { quotes: true }));
  liveQuoteScenarios(suite, { hostDeclaredUpFront: false });
});
