import type { Summary } from '../../core/summary';
import { t } from '../../shared/i18n';

export function Header({ summary }: { summary: Summary }) {
  const meta = [summary.source, summary.publishedAt].filter(Boolean).join(' · ');
  return (
    <header class="header">
      <h1 class="title">{summary.title ?? '—'}</h1>
      {meta && <p class="meta">{meta}</p>}
      {summary.url && (
        <a class="meta" href={summary.url} target="_blank" rel="noreferrer noopener">
          {t('openArticle')}
        </a>
      )}
    </header>
  );
}
