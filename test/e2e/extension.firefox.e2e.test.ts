import { describe } from 'vitest';
import { firefoxBrowser } from './firefox-driver';
import { extensionScenarios } from './scenarios';

describe('extension in Firefox', () => extensionScenarios((port) => firefoxBrowser('dist/firefox', port)));
