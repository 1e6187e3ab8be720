import type { ClaimGroup } from '../../core/summary';
import { t } from '../../shared/i18n';

const LABEL = { guidance: 'claimGuidance', forecast: 'claimForecast', causal: 'claimCausal', assessment: 'claimAssessment' } as const;

/** Claims by type, each with who makes it. */
export function Claims({ groups, onReveal }: { groups: ClaimGroup[]; onReveal: (start: number, end: number) => void }) {
  if (groups.length === 0) return null;
  return (
    <section class="section" aria-labelledby="h-claims">
      <h2 id="h-claims">
        {t('sectionClaims')} <span class="count">{groups.reduce((n, g) => n + g.claims.length, 0)}</span>
      </h2>
      {groups.map((g) => (
        <div class="group" key={g.type}>
          <h3>{t(LABEL[g.type])}</h3>
          <ul class="list">
            {g.claims.map((c) => (
              <li key={c.start}>
                <button type="button" class="row claim" onClick={() => onReveal(c.start, c.end)}>
                  <span class="words">{c.text}</span>
                  <span class="by">—— {c.by ?? t('byArticle')}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
