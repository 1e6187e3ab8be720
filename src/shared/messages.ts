import type { Analysis, Article } from '../core/types';

/** Messages the content script and popup send to the background worker. */
export type Request =
  | { type: 'analyze'; article: Article }
  | { type: 'get-analysis'; tabId: number }
  | { type: 'page-left' }
  | { type: 'ping' };

export type Response =
  | { ok: true; analysis: Analysis; cached: boolean }
  | { ok: true; analysis: null }
  | { ok: true; pong: true }
  | { ok: false; error: string };

export function isRequest(value: unknown): value is Request {
  if (!value || typeof value !== 'object') return false;
  const m = value as { type?: unknown; article?: { text?: unknown }; tabId?: unknown };
  if (m.type === 'analyze') return !!m.article && typeof m.article.text === 'string';
  if (m.type === 'get-analysis') return typeof m.tabId === 'number';
  return m.type === 'ping' || m.type === 'page-left';
}
