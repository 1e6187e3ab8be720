import { describe } from 'vitest';
import { chromiumBrowser } from './chromium-driver';
import { liveQuoteScenarios, useQuoteBrowser } from './live-quote-scenarios';

/**
 * Headless Chromium cannot answer the permission prompt that permissions.request shows (no switch or preference
 * lets it through), so the granted state runs on dist/chrome-e2e, the Chrome build with the quote host declared up
 * front; the request flow itself is unit-tested (src/shared/live-quotes-switch.test.ts).
 */
describe('live quotes in Chromium', () => {
  const suite = useQuoteBrowser((port, quotePort) => chromiumBrowser('dist/chrome-e2e', port, { quotePort }));
  liveQuoteScenarios(suite, { hostDeclaredUpFront: true });
});
