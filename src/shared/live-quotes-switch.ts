import { loadSettings, saveSettings, type SettingsStorage } from './settings';

/** The one host live quotes need, declared in optional_host_permissions. */
export const QUOTE_ORIGINS = ['https://qt.gtimg.cn/*'];

/** The part of the permissions API the switch uses (webextension-polyfill's fits). */
export interface PermissionsApi {
  request(p: { origins: string[] }): Promise<boolean>;
  remove(p: { origins: string[] }): Promise<boolean>;
  contains(p: { origins: string[] }): Promise<boolean>;
}

export async function hasQuotePermission(permissions: PermissionsApi): Promise<boolean> {
  try {
    return await permissions.contains({ origins: QUOTE_ORIGINS });
  } catch {
    return false;
  }
}

/**
 * Turns live quotes on from the reader's click: the browser is asked for the host first (the request must be the
 * first thing the click does, or the browser no longer counts it as the reader's), and the setting is saved only
 * when it is granted. Resolves to whether quotes are now on.
 */
export async function turnLiveQuotesOn(permissions: PermissionsApi, storage: SettingsStorage): Promise<boolean> {
  let granted = false;
  try {
    granted = await permissions.request({ origins: QUOTE_ORIGINS });
  } catch {
    granted = false;
  }
  if (!granted) return false;
  await saveSettings(storage, { ...(await loadSettings(storage)), liveQuotes: true });
  return true;
}

/** Turns live quotes off: the setting first (so nothing more is asked for), then the host permission is given back. */
export async function turnLiveQuotesOff(permissions: PermissionsApi, storage: SettingsStorage): Promise<void> {
  await saveSettings(storage, { ...(await loadSettings(storage)), liveQuotes: false });
  try {
    await permissions.remove({ origins: QUOTE_ORIGINS });
  } catch {
    // A host the build declares up front cannot be removed; the setting alone keeps quotes off.
  }
}

/** Live quotes are on only with both the setting and the permission. */
export async function liveQuotesOn(permissions: PermissionsApi, storage: SettingsStorage): Promise<boolean> {
  const settings = await loadSettings(storage);
  return settings.liveQuotes && (await hasQuotePermission(permissions));
}
