import { readAssignedObject, stringField } from '../extract/page-data';
import { densestParagraphParent, qqBodyContainer, qqParagraphs } from '../extract/qq';
import { qqArticleId } from '../extract/qq-url';
import { buildTextMap, type TextMap } from '../extract/text-map';
import type { Article } from '../core/types';

export interface ArticlePage {
  article: Article;
  map: TextMap;
  container: Element;
}

/** The qq.com article on this page with its text map, or null when this is not an article page. */
export function readArticlePage(document: Document, url: string): ArticlePage | null {
  if (!qqArticleId(url)) return null;
  const container = qqBodyContainer(document) ?? densestParagraphParent(document);
  if (!container) return null;
  const map = buildTextMap(qqParagraphs(container));
  if (!map.text) return null;
  const scripts = [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '');
  const data = readAssignedObject(scripts, 'DATA');
  return {
    container,
    map,
    article: {
      title: document.querySelector('h1')?.textContent?.trim() || stringField(data, 'title'),
      source: stringField(data, 'media', 'src', 'source'),
      publishedAt: stringField(data, 'pubtime', 'pubTime', 'pub_time'),
      url,
      text: map.text,
    },
  };
}
