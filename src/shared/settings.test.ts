import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, upColourFor, validateSettings, type SettingsStorage } from './settings';

function memoryStorage(initial: Record<string, unknown> = {}): SettingsStorage & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (k) => (k in data ? { [k]: data[k] } : {}),
    set: async (items) => void Object.assign(data, items),
    remove: async (k) => void delete data[k],
  };
}

describe('settings', () => {
  it('falls back to defaults for missing or corrupted values, field by field', () => {
    expect(validateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    const mixed = validateSettings({ categories: { company: false, code: 'yes' }, scheme: 'neon', tooltipDelay: -5, sites: { qq: false } });
    expect(mixed.categories).toEqual({ ...DEFAULT_SETTINGS.categories, company: false });
    expect(mixed.scheme).toBe('default');
    expect(mixed.tooltipDelay).toBe(DEFAULT_SETTINGS.tooltipDelay);
    expect(mixed.sites.qq).toBe(false);
    expect(validateSettings({ tooltipDelay: Number.NaN }).tooltipDelay).toBe(DEFAULT_SETTINGS.tooltipDelay);
    expect(validateSettings({ tooltipDelay: 400.4 }).tooltipDelay).toBe(400);
    expect(validateSettings({ liveQuotes: 'yes', upColour: 'blue' })).toMatchObject({ liveQuotes: false, upColour: 'auto' });
    expect(validateSettings({ liveQuotes: true, upColour: 'green' })).toMatchObject({ liveQuotes: true, upColour: 'green' });
  });

  it('colours rises red in a Chinese UI and green in an English one, unless the reader chose', () => {
    expect(upColourFor('auto', 'zh-CN')).toBe('red');
    expect(upColourFor('auto', 'zh')).toBe('red');
    expect(upColourFor('auto', 'en-US')).toBe('green');
    expect(upColourFor('green', 'zh-CN')).toBe('green');
    expect(upColourFor('red', 'en-GB')).toBe('red');
  });

  it('round-trips through storage and survives a broken storage', async () => {
    const storage = memoryStorage();
    await saveSettings(storage, { ...DEFAULT_SETTINGS, scheme: 'high-contrast' });
    expect((await loadSettings(storage)).scheme).toBe('high-contrast');
    const broken: SettingsStorage = { get: () => Promise.reject(new Error('quota')), set: async () => {}, remove: async () => {} };
    expect(await loadSettings(broken)).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings(memoryStorage({ settings: { scheme: 42 } }))).toEqual(DEFAULT_SETTINGS);
  });
});
