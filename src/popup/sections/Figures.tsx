import type { FigureGroup } from '../../core/summary';
import { t } from '../../shared/i18n';

/** Figures grouped by company: metric · readable value · the clause it comes from. */
export function Figures({ groups, onReveal }: { groups: FigureGroup[]; onReveal: (start: number, end: number) => void }) {
  if (groups.length === 0) return null;
  return (
    <section class="section" aria-labelledby="h-figures">
      <h2 id="h-figures">
        {t('sectionFigures')} <span class="count">{groups.reduce((n, g) => n + g.figures.length, 0)}</span>
      </h2>
      {groups.map((g) => (
        <div class="group" key={g.company ?? ''}>
          <h3>{g.company ?? t('other')}</h3>
          <ul class="list">
            {g.figures.map((f) => (
              <li key={`${f.start}`}>
                <button type="button" class="row figure" onClick={() => onReveal(f.start, f.end)}>
                  <span class="metric">{f.metric ?? '—'}</span>
                  <span class="value" title={f.approx ? t('approx') : undefined}>
                    {f.value}
                  </span>
                  <span class="context">{f.context}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
