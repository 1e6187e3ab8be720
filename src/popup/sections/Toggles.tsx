import { CATEGORY_MESSAGE, t } from '../../shared/i18n';
import { CATEGORIES, type Category } from '../../shared/settings';


/** Master switch and one switch per kind of highlight, applied to the page at once. */
export function Toggles(props: { enabled: boolean; visible: Record<Category, boolean>; onChange: (enabled: boolean, visible: Record<Category, boolean>) => void }) {
  const { enabled, visible, onChange } = props;
  return (
    <div class="toggles" role="group" aria-label={t('highlightsAll')}>
      <label class="switch">
        <input type="checkbox" role="switch" checked={enabled} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked, visible)} />
        <span>{t('highlightsAll')}</span>
      </label>
      {CATEGORIES.map((c) => (
        <button
          type="button"
          key={c}
          class={`chip chip-${c}`}
          aria-pressed={visible[c]}
          disabled={!enabled}
          data-category={c}
          onClick={() => onChange(enabled, { ...visible, [c]: !visible[c] })}
        >
          {t(CATEGORY_MESSAGE[c])}
        </button>
      ))}
    </div>
  );
}
