import { describe } from 'vitest';
import { chromiumBrowser } from './chromium-driver';
import { popupScenarios } from './popup-scenarios';
import { extensionScenarios, useBrowser } from './scenarios';

describe('extension in Chromium', () => {
  const suite = useBrowser((port) => chromiumBrowser('dist/chrome', port));
  describe('in the page', () => extensionScenarios(suite));
  describe('popup and options', () => popupScenarios(suite));
});
