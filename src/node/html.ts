import { parseHTML } from 'linkedom';
import { extractGenericArticle } from '../extract/generic';
import { extractQqArticle } from '../extract/qq';
import type { Article } from '../core/types';

export function parseHtmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function canonicalUrl(document: Document): string | null {
  return (
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    null
  );
}

/**
 * An article from a whole HTML page: the qq.com structure where the page has it, Mozilla
 * Readability for any other page. Null when neither finds an article body.
 */
export function htmlToArticle(html: string, url: string | null = null): Article | null {
  const document = parseHtmlDocument(html);
  const pageUrl = url ?? canonicalUrl(document);
  const qq = extractQqArticle(document, { url: pageUrl, parseHtml: parseHtmlDocument });
  return qq ?? extractGenericArticle(document, { url: pageUrl, parseHtml: parseHtmlDocument });
}
