import browser from 'webextension-polyfill';
import { Annotator, listenToPopup } from '../content/annotator';
import { loadSettings } from '../shared/settings';
import { readGenericPage } from './read-generic-page';

/** Injected on request (popup → "analyse this page") through activeTab + scripting; runs once per page. */
const FLAG = '__caizhuGenericInjected';
const scope = globalThis as unknown as Record<string, boolean>;

async function main(): Promise<void> {
  if (scope[FLAG]) return;
  scope[FLAG] = true;
  const annotator = new Annotator(readGenericPage, await loadSettings(browser.storage.sync));
  listenToPopup(annotator);
  await annotator.annotate();
}

void main();
