import { InputError } from '../core/analyze';
import type { Article } from '../core/types';
import { htmlToArticle } from './html';
import { markdownToArticle, plainTextToArticle } from './markdown';

export type InputFormat = 'html' | 'markdown' | 'text';

export function detectFormat(content: string, fileName?: string): InputFormat {
  const ext = fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'txt') return 'text';
  const head = content.trimStart().slice(0, 500).toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(body|div|p|h1)[\s>]/.test(head)) return 'html';
  if (head.startsWith('---\n') || /^#{1,6} /m.test(head)) return 'markdown';
  return 'text';
}

/** Reads an article from page HTML, Markdown or plain text; throws InputError when there is none. */
export function readArticle(content: string, options: { format?: InputFormat; url?: string | null; fileName?: string } = {}): Article {
  const format = options.format ?? detectFormat(content, options.fileName);
  const url = options.url ?? null;
  const article =
    format === 'html' ? htmlToArticle(content, url) : format === 'markdown' ? markdownToArticle(content, url) : plainTextToArticle(content, url);
  if (!article || article.text.trim() === '') throw new InputError('no article text found in the input');
  return article;
}
