import { useState } from 'preact/hooks';
import { speakerLabel, type SpeakerGroup } from '../../core/summary';
import { t } from '../../shared/i18n';

const SHORT = 60;

function Quote({ q, onReveal }: { q: SpeakerGroup['quotes'][number]; onReveal: (start: number, end: number) => void }) {
  const [open, setOpen] = useState(false);
  const long = q.text.length > SHORT;
  const shown = open || !long ? q.text : `${q.text.slice(0, SHORT)}…`;
  return (
    <li class={q.direct ? 'quote direct' : 'quote reported'}>
      <button type="button" class="row" onClick={() => onReveal(q.start, q.end)}>
        {!q.direct && <span class="tag">{t('reported')}</span>}
        <span class="words">{q.direct ? `“${shown}”` : shown}</span>
      </button>
      {long && (
        <button type="button" class="link expand" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('showLess') : t('showMore')}
        </button>
      )}
    </li>
  );
}

/** Quotes grouped by speaker, with title and organisation. */
export function Quotes({ speakers, onReveal }: { speakers: SpeakerGroup[]; onReveal: (start: number, end: number) => void }) {
  if (speakers.length === 0) return null;
  return (
    <section class="section" aria-labelledby="h-quotes">
      <h2 id="h-quotes">
        {t('sectionQuotes')} <span class="count">{speakers.reduce((n, s) => n + s.quotes.length, 0)}</span>
      </h2>
      {speakers.map((s) => (
        <div class="group" key={`${s.isOrg}:${s.name}`}>
          <h3>{speakerLabel(s)}</h3>
          <ul class="list">
            {s.quotes.map((q) => (
              <Quote q={q} key={q.start} onReveal={onReveal} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
