import { describe } from 'vitest';
import { chromiumBrowser } from './chromium-driver';
import { extensionScenarios } from './scenarios';

describe('extension in Chromium', () => extensionScenarios((port) => chromiumBrowser('dist/chrome', port)));
