import { useState } from 'preact/hooks';
import type { CompanySummary } from '../../core/summary';
import { t } from '../../shared/i18n';

const KIND_MESSAGE = { broker: 'kindBroker', fund: 'kindFund', investor: 'kindInvestor', research: 'kindResearch' } as const;

/** Companies ranked by mentions; a click scrolls the page to the next mention. */
export function Companies({ companies, onReveal }: { companies: CompanySummary[]; onReveal: (start: number, end: number) => void }) {
  const [next, setNext] = useState<Record<string, number>>({});
  if (companies.length === 0) return null;
  const go = (c: CompanySummary) => {
    if (c.spans.length === 0) return;
    const i = (next[c.name] ?? 0) % c.spans.length;
    onReveal(c.spans[i].start, c.spans[i].end);
    setNext({ ...next, [c.name]: i + 1 });
  };
  return (
    <section class="section" aria-labelledby="h-companies">
      <h2 id="h-companies">
        {t('sectionCompanies')} <span class="count">{companies.length}</span>
      </h2>
      <ul class="list companies">
        {companies.map((c) => (
          <li key={c.name}>
            <button type="button" class="row" onClick={() => go(c)} title={t('goToMention', c.name)} data-company={c.name}>
              <span class="name">{c.name}</span>
              {c.kind !== 'company' && <span class={`kind kind-${c.kind}`}>{t(KIND_MESSAGE[c.kind])}</span>}
              {c.origin === 'structure' && <span class="kind kind-unknown" title={t('notInDictionaryHint')}>{t('notInDictionary')}</span>}
              <span class="codes">
                {c.listed ? c.listings.map((l) => <span class="code" key={l}>{l}</span>) : <span class="code unlisted">{t('unlisted')}</span>}
              </span>
              {c.brands.length > 0 && <span class="brand">{t('viaBrand', c.brands.join('、'))} → {c.name}</span>}
              <span class="mentions">{t('mentions', String(c.mentions))}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
