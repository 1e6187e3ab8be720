import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PageStatus } from '../content/annotator';
import { summarize, type Summary } from '../core/summary';
import type { Analysis } from '../core/types';
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS, type Category } from '../shared/settings';
import { Claims } from './sections/Claims';
import { Companies } from './sections/Companies';
import { ExportBar } from './sections/ExportBar';
import { Figures } from './sections/Figures';
import { Header } from './sections/Header';
import { Quotes } from './sections/Quotes';
import { Toggles } from './sections/Toggles';
import { useLiveQuotes } from './live-quotes';
import { useWatchlist } from './watchlist';
import { followFinal, followTab } from './follow';
import { analyseAnyway, cachedAnalysis, pageStatus, reanalyse, retry, reveal, setVisibility, targetTabId } from './tab';

type View =
  | { kind: 'loading' }
  | { kind: 'not-article'; canInject: boolean; failed: string | null }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; analysis: Analysis; summary: Summary };

/** Error codes the background answers with, and their messages. */
const ERROR_TEXT: Record<string, string> = { 'article-too-long': 'errorTooLong', timeout: 'errorTimeout' };

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [enabled, setEnabled] = useState(true);
  const [visible, setVisible] = useState<Record<Category, boolean>>({ ...DEFAULT_SETTINGS.categories });

  const quotes = useLiveQuotes(tabId, view.kind === 'ready');
  const watchlist = useWatchlist();

  const showAnalysis = (analysis: Analysis, status: PageStatus | null) => {
    if (status) {
      setEnabled(status.enabled);
      setVisible(status.visible);
    }
    setView({ kind: 'ready', analysis, summary: summarize(analysis) });
  };

  /** Follows the tab until its analysis is there: instantly when the background has it cached. */
  const follow = useCallback(async (id: number) => {
    const followed = await followTab({
      status: () => pageStatus(id),
      analysis: () => cachedAnalysis(id),
      reanalyse: () => reanalyse(id),
      loading: () => setView({ kind: 'loading' }),
      wait: (ms) => new Promise((r) => setTimeout(r, ms)),
    });
    if (followed.kind === 'ready') {
      showAnalysis(followed.analysis, followed.status);
      // The page shows the quick engine's highlights: the card follows when the whole engine's analysis is in.
      if (followed.status?.provisional) {
        const whole = await followFinal({ status: () => pageStatus(id), analysis: () => cachedAnalysis(id), wait: (ms) => new Promise((r) => setTimeout(r, ms)) });
        if (whole) showAnalysis(whole, null);
      }
      return;
    }
    if (followed.kind === 'not-article') return setView({ kind: 'not-article', canInject: followed.canInject, failed: null });
    setView({ kind: 'error', message: followed.message });
  }, []);

  useEffect(() => {
    void targetTabId().then((id) => {
      setTabId(id);
      if (id === null) setView({ kind: 'not-article', canInject: false, failed: null });
      else void follow(id);
    });
  }, [follow]);

  const onInject = async () => {
    if (tabId === null) return;
    setView({ kind: 'loading' });
    try {
      await analyseAnyway(tabId);
      await follow(tabId);
    } catch (error) {
      setView({ kind: 'not-article', canInject: false, failed: error instanceof Error ? error.message : String(error) });
    }
  };

  const onToggle = (nextEnabled: boolean, nextVisible: Record<Category, boolean>) => {
    setEnabled(nextEnabled);
    setVisible(nextVisible);
    if (tabId !== null) void setVisibility(tabId, nextEnabled, nextVisible);
  };

  const onReveal = (start: number, end: number) => {
    if (tabId !== null) void reveal(tabId, start, end);
  };

  const openOptions = () => void browser.runtime.openOptionsPage();

  return (
    <div class="popup">
      {view.kind === 'loading' && (
        <p class="state" role="status">
          <span class="spinner" aria-hidden="true" />
          {t('popupLoading')}
        </p>
      )}
      {view.kind === 'not-article' && (
        <section class="state">
          <p>{t('stateNotArticle')}</p>
          {view.canInject && (
            <>
              <p class="hint">{t('stateNotArticleHint')}</p>
              <button type="button" class="primary" onClick={onInject}>
                {t('analyseAnyway')}
              </button>
            </>
          )}
          {view.failed && <p class="hint">{t('stateCannotAnalyse')}</p>}
        </section>
      )}
      {view.kind === 'error' && (
        <section class="state" role="alert">
          <p>{t('stateError', ERROR_TEXT[view.message] ? t(ERROR_TEXT[view.message]) : view.message)}</p>
          <button type="button" class="primary" onClick={() => tabId !== null && void retry(tabId).then(() => follow(tabId))}>
            {t('retry')}
          </button>
        </section>
      )}
      {view.kind === 'ready' && (
        <>
          <Header summary={view.summary} />
          <Toggles enabled={enabled} visible={visible} onChange={onToggle} />
          {view.summary.companies.length === 0 && <p class="empty">{t('stateNoCompanies')}</p>}
          <Companies
            companies={view.summary.companies}
            onReveal={onReveal}
            market={{ quotes: quotes.state, upColour: quotes.upColour, watchlist: watchlist.list, onWatchlist: watchlist.save, onOffer: quotes.turnOn }}
          />
          <Figures groups={view.summary.figures} onReveal={onReveal} />
          <Quotes speakers={view.summary.quotes} onReveal={onReveal} />
          <Claims groups={view.summary.claims} onReveal={onReveal} />
          <ExportBar analysis={view.analysis} summary={view.summary} />
        </>
      )}
      <footer class="footer">
        <button type="button" class="link" onClick={openOptions}>
          {t('openOptions')}
        </button>
      </footer>
    </div>
  );
}

