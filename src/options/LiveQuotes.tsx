import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { liveQuotesOn, turnLiveQuotesOff, turnLiveQuotesOn, type PermissionsApi } from '../shared/live-quotes-switch';
import { UP_COLOURS, type Settings, type UpColourSetting } from '../shared/settings';

const UP_LABEL: Record<UpColourSetting, string> = { auto: 'upAuto', red: 'upRed', green: 'upGreen' };
const permissions = () => browser.permissions as unknown as PermissionsApi;

/**
 * The live-quotes switch (on asks the browser for qt.gtimg.cn from this click; off gives it back) and the colour of
 * rises. The switch shows on only while both the setting and the permission hold.
 */
export function LiveQuotes({ settings, onSettings }: { settings: Settings; onSettings: (s: Settings) => void }) {
  const [on, setOn] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => void liveQuotesOn(permissions(), browser.storage.sync).then(setOn), [settings.liveQuotes]);
  const toggle = (want: boolean) => {
    setRefused(false);
    if (want) {
      // The permission request must be the first thing this click does.
      void turnLiveQuotesOn(permissions(), browser.storage.sync).then((granted) => {
        setOn(granted);
        setRefused(!granted);
        if (granted) onSettings({ ...settings, liveQuotes: true });
      });
    } else {
      void turnLiveQuotesOff(permissions(), browser.storage.sync).then(() => {
        setOn(false);
        onSettings({ ...settings, liveQuotes: false });
      });
    }
  };
  return (
    <fieldset id="live-quotes">
      <legend>{t('optLiveQuotes')}</legend>
      <label class="check">
        <input type="checkbox" name="liveQuotes" checked={on === true} disabled={on === null} onChange={(e) => toggle((e.currentTarget as HTMLInputElement).checked)} />
        {t('optLiveQuotesLabel')}
      </label>
      <p class="hint">{t('optLiveQuotesHint')}</p>
      {refused && (
        <p class="note" role="alert">
          {t('optLiveQuotesRefused')}
        </p>
      )}
      <div role="radiogroup" aria-label={t('optUpColour')}>
        <span class="sub">{t('optUpColour')}</span>
        {UP_COLOURS.map((c) => (
          <label key={c} class="check">
            <input type="radio" name="upColour" value={c} checked={settings.upColour === c} onChange={() => onSettings({ ...settings, upColour: c })} />
            {t(UP_LABEL[c])}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
