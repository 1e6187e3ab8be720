import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { CATEGORY_MESSAGE, t } from '../shared/i18n';
import { turnLiveQuotesOff, type PermissionsApi } from '../shared/live-quotes-switch';
import { LiveQuotes } from './LiveQuotes';
import { Watchlist } from './Watchlist';
import { CATEGORIES, COLOUR_SCHEMES, loadSettings, resetSettings, saveSettings, TOOLTIP_DELAY_RANGE, type ColourScheme, type Settings } from '../shared/settings';

const SCHEME_LABEL: Record<ColourScheme, string> = { default: 'schemeDefault', 'high-contrast': 'schemeHighContrast', 'colour-blind': 'schemeColourBlind' };

/** Settings, saved to storage.sync as they change. */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState('');
  useEffect(() => void loadSettings(browser.storage.sync).then(setSettings), []);
  if (!settings) return null;

  const update = async (next: Settings) => {
    setSettings(next);
    await saveSettings(browser.storage.sync, next);
    setSaved(t('optSaved'));
  };

  return (
    <div class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="hint">{t('optPrivacy')}</p>
      <fieldset>
        <legend>{t('optCategories')}</legend>
        {CATEGORIES.map((c) => (
          <label key={c} class="check">
            <input type="checkbox" name={`category-${c}`} checked={settings.categories[c]} onChange={(e) => update({ ...settings, categories: { ...settings.categories, [c]: (e.currentTarget as HTMLInputElement).checked } })} />
            {t(CATEGORY_MESSAGE[c])}
          </label>
        ))}
        <label class="check">
          <input type="checkbox" name="all-claims" checked={settings.allClaims} onChange={(e) => update({ ...settings, allClaims: (e.currentTarget as HTMLInputElement).checked })} />
          {t('optAllClaims')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('optScheme')}</legend>
        {COLOUR_SCHEMES.map((s) => (
          <label key={s} class="check">
            <input type="radio" name="scheme" value={s} checked={settings.scheme === s} onChange={() => update({ ...settings, scheme: s })} />
            {t(SCHEME_LABEL[s])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optTooltipDelay')}</legend>
        <label class="check">
          <input
            type="number"
            name="tooltipDelay"
            min={TOOLTIP_DELAY_RANGE.min}
            max={TOOLTIP_DELAY_RANGE.max}
            step={50}
            value={settings.tooltipDelay}
            aria-label={t('optTooltipDelay')}
            onChange={(e) => {
              const value = Number((e.currentTarget as HTMLInputElement).value);
              if (value >= TOOLTIP_DELAY_RANGE.min && value <= TOOLTIP_DELAY_RANGE.max) void update({ ...settings, tooltipDelay: Math.round(value) });
            }}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('optSites')}</legend>
        <label class="check">
          <input type="checkbox" name="site-qq" checked={settings.sites.qq} onChange={(e) => update({ ...settings, sites: { qq: (e.currentTarget as HTMLInputElement).checked } })} />
          {t('siteQq')}
        </label>
      </fieldset>
      <LiveQuotes settings={settings} onSettings={(next) => void update(next)} />
      <Watchlist />
      <div class="actions">
        <button type="button" class="primary" onClick={() => void turnLiveQuotesOff(browser.permissions as unknown as PermissionsApi, browser.storage.sync).then(() => resetSettings(browser.storage.sync)).then((s) => { setSettings(s); setSaved(t('optSaved')); })}>
          {t('optReset')}
        </button>
        <span class="note" role="status">
          {saved}
        </span>
      </div>
    </div>
  );
}
