import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { COMPANY_RECORDS } from '../core/companies/data';
import { searchCompanies } from '../core/market/company-search';
import { addCodes, exportCodeList, parseCodeList, removeCodes } from '../core/market/watchlist';
import { t } from '../shared/i18n';
import { loadWatchlist, saveWatchlist, watchlistChange } from '../shared/watchlist-store';

/** The names of the dictionary's listed companies by code, to show beside each watchlist code. */
function nameByCode(): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of COMPANY_RECORDS) if (r.listed) for (const c of r.codes) if (!names.has(c)) names.set(c, r.name);
  return names;
}

/** The watchlist editor: find a company in the dictionary by name or code and add it, remove, import and export codes. */
export function Watchlist() {
  const [list, setList] = useState<string[]>([]);
  const [query, setQuery] = useState('');
  const [codesText, setCodesText] = useState('');
  const [note, setNote] = useState('');
  const names = useMemo(nameByCode, []);
  const matches = useMemo(() => searchCompanies(COMPANY_RECORDS, query), [query]);

  useEffect(() => {
    void loadWatchlist(browser.storage.sync).then(setList);
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const next = area === 'sync' ? watchlistChange(changes) : null;
      if (next) setList(next);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);

  const save = async (next: string[]) => setList(await saveWatchlist(browser.storage.sync, next));
  const importCodes = () => {
    const { codes, rejected } = parseCodeList(codesText);
    void save(addCodes(list, codes));
    setNote([t('watchlistImported', String(codes.length)), rejected.length ? t('watchlistRejected', rejected.join(' ')) : ''].filter(Boolean).join('；'));
  };

  return (
    <fieldset id="watchlist">
      <legend>{t('optWatchlist')}</legend>
      <label class="search">
        <span class="sub">{t('watchlistSearch')}</span>
        <input type="search" name="watchlistSearch" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
      </label>
      {query.trim() && (
        <ul class="matches">
          {matches.length === 0 && <li class="note">{t('watchlistNoMatch')}</li>}
          {matches.map((m) => (
            <li key={m.name + m.codes.join()}>
              <span class="name">{m.name}</span> <span class="code">{m.codes.join(' ')}</span>{' '}
              <button type="button" class="add" disabled={m.codes.every((c) => list.includes(c))} onClick={() => void save(addCodes(list, m.codes.slice(0, 1)))}>
                {t('watchlistAdd')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {list.length === 0 ? (
        <p class="hint">{t('watchlistEmpty')}</p>
      ) : (
        <ul class="watchlist">
          {list.map((code) => (
            <li key={code} data-code={code}>
              <span class="code">{code}</span> <span class="name">{names.get(code) ?? ''}</span>{' '}
              <button type="button" class="remove" aria-label={t('watchlistRemove', code)} onClick={() => void save(removeCodes(list, [code]))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label class="codes-box">
        <span class="sub">{t('watchlistCodes')}</span>
        <textarea name="watchlistCodes" rows={4} value={codesText} onInput={(e) => setCodesText((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <div class="actions">
        <button type="button" name="watchlistImport" onClick={importCodes}>
          {t('watchlistImport')}
        </button>
        <button type="button" name="watchlistExport" onClick={() => setCodesText(exportCodeList(list))}>
          {t('watchlistExport')}
        </button>
        <span class="note" role="status">
          {note}
        </span>
      </div>
    </fieldset>
  );
}
