import { describe, expect, it } from 'vitest';
import { liveQuotesOn, QUOTE_ORIGINS, turnLiveQuotesOff, turnLiveQuotesOn, type PermissionsApi } from './live-quotes-switch';
import { loadSettings, type SettingsStorage } from './settings';

function memoryStorage(): SettingsStorage {
  const data: Record<string, unknown> = {};
  return {
    get: async (k) => (k in data ? { [k]: structuredClone(data[k]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
    remove: async (k) => void delete data[k],
  };
}

/** The browser's permission store: grants what the user answers, records every call. */
function browserPermissions(answer: boolean | 'throws', removable = true) {
  const granted = new Set<string>();
  const calls: string[] = [];
  const api: PermissionsApi = {
    async request({ origins }) {
      calls.push(`request ${origins.join()}`);
      if (answer === 'throws') throw new Error('permissions.request may only be called from a user input handler');
      if (answer) origins.forEach((o) => granted.add(o));
      return answer;
    },
    async remove({ origins }) {
      calls.push(`remove ${origins.join()}`);
      if (!removable) throw new Error('You cannot remove required permissions.');
      origins.forEach((o) => granted.delete(o));
      return true;
    },
    async contains({ origins }) {
      return origins.every((o) => granted.has(o));
    },
  };
  return { api, calls, granted };
}

describe('the live-quotes switch', () => {
  it('asks the browser for exactly the quote host, and turns on only when it is granted', async () => {
    const storage = memoryStorage();
    const perms = browserPermissions(true);
    expect(await liveQuotesOn(perms.api, storage)).toBe(false);
    expect(await turnLiveQuotesOn(perms.api, storage)).toBe(true);
    expect(perms.calls).toEqual([`request ${QUOTE_ORIGINS[0]}`]);
    expect(QUOTE_ORIGINS).toEqual(['https://qt.gtimg.cn/*']);
    expect(await liveQuotesOn(perms.api, storage)).toBe(true);
  });

  it('stays off when the reader refuses or the browser will not ask', async () => {
    for (const answer of [false, 'throws'] as const) {
      const storage = memoryStorage();
      const perms = browserPermissions(answer);
      expect(await turnLiveQuotesOn(perms.api, storage)).toBe(false);
      expect((await loadSettings(storage)).liveQuotes).toBe(false);
      expect(await liveQuotesOn(perms.api, storage)).toBe(false);
    }
  });

  it('gives the permission back when turned off, and is off even where the host cannot be removed', async () => {
    const storage = memoryStorage();
    const perms = browserPermissions(true);
    await turnLiveQuotesOn(perms.api, storage);
    await turnLiveQuotesOff(perms.api, storage);
    expect(perms.calls.at(-1)).toBe(`remove ${QUOTE_ORIGINS[0]}`);
    expect(perms.granted.size).toBe(0);
    const fixed = browserPermissions(true, false);
    await turnLiveQuotesOn(fixed.api, storage);
    await turnLiveQuotesOff(fixed.api, storage);
    expect(await liveQuotesOn(fixed.api, storage)).toBe(false);
  });

  it('is off when the setting is on but the permission was taken away in the browser’s settings', async () => {
    const storage = memoryStorage();
    const perms = browserPermissions(true);
    await turnLiveQuotesOn(perms.api, storage);
    perms.granted.clear();
    expect(await liveQuotesOn(perms.api, storage)).toBe(false);
  });
});
