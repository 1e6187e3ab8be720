import { useState } from 'preact/hooks';
import { toMarkdown, toPlainText } from '../../core/export';
import type { Summary } from '../../core/summary';
import type { Analysis } from '../../core/types';
import { t } from '../../shared/i18n';

function fileName(analysis: Analysis): string {
  const id = analysis.article.url?.match(/([0-9A-Za-z]{12,})(?:\.html)?(?:[?#]|$)/)?.[1] ?? 'article';
  return `caizhu-${id}.json`;
}

/** Copy as Markdown or text, download the Analysis as JSON. */
export function ExportBar({ analysis, summary }: { analysis: Analysis; summary: Summary }) {
  const [note, setNote] = useState('');
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setNote(t('copied'));
    } catch {
      setNote(t('copyFailed'));
    }
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(analysis, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName(analysis);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div class="export" role="group" aria-label={t('exportLabel')}>
      <button type="button" onClick={() => copy(toMarkdown(summary))} data-export="markdown">
        {t('copyMarkdown')}
      </button>
      <button type="button" onClick={() => copy(toPlainText(summary))} data-export="text">
        {t('copyText')}
      </button>
      <button type="button" onClick={download} data-export="json">
        {t('downloadJson')}
      </button>
      <span class="note" role="status">
        {note}
      </span>
    </div>
  );
}
