/** The reader's settings: typed, with every default in one place, validated field by field on read. */
export type Category = 'company' | 'code' | 'figure' | 'quote' | 'claim';
export const CATEGORIES: readonly Category[] = ['company', 'code', 'figure', 'quote', 'claim'];
export type ColourScheme = 'default' | 'high-contrast' | 'colour-blind';
export const COLOUR_SCHEMES: readonly ColourScheme[] = ['default', 'high-contrast', 'colour-blind'];
/** Which way rises are coloured: red up (Chinese), green up (international), or as the UI language expects. */
export type UpColourSetting = 'auto' | 'red' | 'green';
export const UP_COLOURS: readonly UpColourSetting[] = ['auto', 'red', 'green'];

export interface Settings {
  /** Which kinds of highlight are shown by default. */
  categories: Record<Category, boolean>;
  scheme: ColourScheme;
  /** Hover delay before a tooltip opens, in ms. */
  tooltipDelay: number;
  /** Sites where CaiZhu annotates articles on its own. */
  sites: { qq: boolean };
  /**
   * Live quotes from qt.gtimg.cn, off until the reader turns them on (and the browser grants the host). Quotes are
   * asked for only when this is on and the permission is held.
   */
  /** Show every claim in the page, not only those the claim model is confident of. */
  allClaims: boolean;
  liveQuotes: boolean;
  upColour: UpColourSetting;
}

export const TOOLTIP_DELAY_RANGE = { min: 0, max: 2000 } as const;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  categories: Object.freeze({ company: true, code: true, figure: true, quote: true, claim: true }),
  scheme: 'default',
  tooltipDelay: 150,
  sites: Object.freeze({ qq: true }),
  allClaims: false,
  liveQuotes: false,
  upColour: 'auto',
}) as Settings;

export const SETTINGS_KEY = 'settings';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Any stored value → valid settings: a missing, corrupted or old field falls back to its default. */
export function validateSettings(raw: unknown): Settings {
  const r = isRecord(raw) ? raw : {};
  const cats = isRecord(r.categories) ? r.categories : {};
  const categories = Object.fromEntries(
    CATEGORIES.map((c) => [c, typeof cats[c] === 'boolean' ? cats[c] : DEFAULT_SETTINGS.categories[c]]),
  ) as Record<Category, boolean>;
  const scheme = COLOUR_SCHEMES.includes(r.scheme as ColourScheme) ? (r.scheme as ColourScheme) : DEFAULT_SETTINGS.scheme;
  const delay = r.tooltipDelay;
  const tooltipDelay =
    typeof delay === 'number' && Number.isFinite(delay) && delay >= TOOLTIP_DELAY_RANGE.min && delay <= TOOLTIP_DELAY_RANGE.max
      ? Math.round(delay)
      : DEFAULT_SETTINGS.tooltipDelay;
  const sites = isRecord(r.sites) && typeof r.sites.qq === 'boolean' ? { qq: r.sites.qq } : { ...DEFAULT_SETTINGS.sites };
  const allClaims = typeof r.allClaims === 'boolean' ? r.allClaims : DEFAULT_SETTINGS.allClaims;
  const liveQuotes = typeof r.liveQuotes === 'boolean' ? r.liveQuotes : DEFAULT_SETTINGS.liveQuotes;
  const upColour = UP_COLOURS.includes(r.upColour as UpColourSetting) ? (r.upColour as UpColourSetting) : DEFAULT_SETTINGS.upColour;
  return { categories, scheme, tooltipDelay, sites, allClaims, liveQuotes, upColour };
}

/** The storage.sync surface the settings need (webextension-polyfill's StorageArea fits). */
export interface SettingsStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export async function loadSettings(storage: SettingsStorage): Promise<Settings> {
  try {
    return validateSettings((await storage.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return validateSettings(undefined);
  }
}

export async function saveSettings(storage: SettingsStorage, settings: Settings): Promise<void> {
  await storage.set({ [SETTINGS_KEY]: validateSettings(settings) });
}

export async function resetSettings(storage: SettingsStorage): Promise<Settings> {
  await storage.remove(SETTINGS_KEY);
  return validateSettings(undefined);
}

/** The colour of a rise: the setting, or by default red in a Chinese UI and green in any other. */
export function upColourFor(setting: UpColourSetting, uiLanguage: string): 'red' | 'green' {
  if (setting !== 'auto') return setting;
  return /^zh\b/i.test(uiLanguage) ? 'red' : 'green';
}
