/** The reader's settings: typed, with every default in one place, validated field by field on read. */
export type Category = 'company' | 'code' | 'figure' | 'quote' | 'claim';
export const CATEGORIES: readonly Category[] = ['company', 'code', 'figure', 'quote', 'claim'];
export type ColourScheme = 'default' | 'high-contrast' | 'colour-blind';
export const COLOUR_SCHEMES: readonly ColourScheme[] = ['default', 'high-contrast', 'colour-blind'];

export interface Settings {
  /** Which kinds of highlight are shown by default. */
  categories: Record<Category, boolean>;
  scheme: ColourScheme;
  /** Hover delay before a tooltip opens, in ms. */
  tooltipDelay: number;
  /** Sites where CaiZhu annotates articles on its own. */
  sites: { qq: boolean };
}

export const TOOLTIP_DELAY_RANGE = { min: 0, max: 2000 } as const;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  categories: Object.freeze({ company: true, code: true, figure: true, quote: true, claim: true }),
  scheme: 'default',
  tooltipDelay: 150,
  sites: Object.freeze({ qq: true }),
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
  return { categories, scheme, tooltipDelay, sites };
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
