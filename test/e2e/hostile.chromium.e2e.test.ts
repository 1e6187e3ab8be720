import { describe } from 'vitest';
import { chromiumBrowser } from './chromium-driver';
import { hostileScenarios } from './hostile-scenarios';
import { useBrowser } from './scenarios';

describe('hostile pages in Chromium', () => {
  const suite = useBrowser((port) => chromiumBrowser('dist/chrome', port));
  hostileScenarios(suite);
});
