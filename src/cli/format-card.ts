import { toPlainText } from '../core/export';
import type { Summary } from '../core/summary';

/** The summary card as terminal text. */
export function formatCard(summary: Summary): string {
  return toPlainText(summary).trimEnd();
}
