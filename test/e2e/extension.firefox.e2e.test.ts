import { describe } from 'vitest';
import { firefoxBrowser } from './firefox-driver';
import { popupScenarios } from './popup-scenarios';
import { extensionScenarios, useBrowser } from './scenarios';

describe('extension in Firefox', () => {
  const suite = useBrowser((port) => firefoxBrowser('dist/firefox', port));
  describe('in the page', () => extensionScenarios(suite));
  describe('popup and options', () => popupScenarios(suite));
});
