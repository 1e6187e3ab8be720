import { describe } from 'vitest';
import { firefoxBrowser } from './firefox-driver';
import { hostileScenarios } from './hostile-scenarios';
import { useBrowser } from './scenarios';

describe('hostile pages in Firefox', () => {
  const suite = useBrowser((port) => firefoxBrowser('dist/firefox', port));
  hostileScenarios(suite);
});
