import type { Analysis, ArticleInput } from '../core/types';
import { defaultAnalyzer } from './engine';
import { readArticle, type InputFormat } from './read-article';

export * from '../core/index';
export { readArticle, detectFormat } from './read-article';
export type { InputFormat } from './read-article';
export { htmlToArticle } from './html';
export { markdownToArticle, plainTextToArticle } from './markdown';
export { defaultAnalyzer } from './engine';

export type AnalyzeInput = ArticleInput | { html: string; url?: string } | { markdown: string; url?: string };

/**
 * Analyses one article with the bundled engine: a plain string or `{ text, title?, … }`
 * is taken as the article's text; `{ html }` is a whole page and `{ markdown }` a Markdown
 * document, each extracted first.
 */
export function analyze(input: AnalyzeInput): Analysis {
  const engine = defaultAnalyzer();
  if (typeof input === 'object' && input !== null && 'html' in input) return engine.analyze(readArticle(input.html, { format: 'html', url: input.url }));
  if (typeof input === 'object' && input !== null && 'markdown' in input) {
    return engine.analyze(readArticle(input.markdown, { format: 'markdown' as InputFormat, url: input.url }));
  }
  return engine.analyze(input as ArticleInput);
}
