import { loadSettings, type SettingsStorage } from '../shared/settings';
import { keepAlive } from './keep-alive';

type Api = { runtime: Parameters<typeof keepAlive>[0]; storage: { sync: SettingsStorage } };
const globals = globalThis as unknown as { browser?: Api; chrome?: Api };
const api = globals.browser ?? globals.chrome;
if (api?.runtime) {
  void loadSettings(api.storage.sync).then((settings) => {
    if (settings.sites.qq) keepAlive(api.runtime, document, location);
  });
}
