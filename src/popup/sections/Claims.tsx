import type { ClaimGroup } from '../../core/summary';
import { t } from '../../shared/i18n';

const LABEL = { guidance: 'claimGuidance', forecast: 'claimForecast', causal: 'claimCausal', assessment: 'claimAssessment' } as const;

/** Every claim, grouped by who makes it, each with its type; those the model is unsure of say so (the page hides them by default). */
export function Claims({ groups, onReveal }: { groups: ClaimGroup[]; onReveal: (start: number, end: number) => void }) {
  if (groups.length === 0) return null;
  return (
    <section class="section" aria-labelledby="h-claims">
      <h2 id="h-claims">
        {t('sectionClaims')} <span class="count">{groups.reduce((n, g) => n + g.claims.length, 0)}</span>
      </h2>
      {groups.map((g) => (
        <div class="group" key={g.by ?? ''}>
          <h3>{g.by ?? t('byArticle')}</h3>
          <ul class="list">
            {g.claims.map((c) => (
              <li key={c.start}>
                <button type="button" class={`row claim${c.confident ? '' : ' unsure'}`} onClick={() => onReveal(c.start, c.end)}>
                  <span class="kind">{t(LABEL[c.type])}</span>
                  <span class="words">{c.text}</span>
                  {c.confident ? null : <span class="by">{t('claimUnsure')}</span>}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
