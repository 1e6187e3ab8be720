import type { Article } from '../core/types';
import { readAssignedObject, stringField, type PageData } from './page-data';
import { outermost } from './blocks';
import { buildTextMap } from './text-map';

/** Body containers of qq.com article pages, newest layout first. */
export const QQ_BODY_SELECTORS = ['div.rich_media_content', 'div.content-article', '.qq_article .content-article'] as const;
/** Paragraphs inside a body container: current pages use bare <p>, older ones p.one-p. */
export const QQ_PARAGRAPH_SELECTOR = 'p';

const TITLE_KEYS = ['title', 'article_title'];
const SOURCE_KEYS = ['media', 'src', 'source', 'chlname', 'media_name'];
const TIME_KEYS = ['pubtime', 'pubTime', 'pub_time', 'publish_time', 'time'];
const MOBILE_CONTENT_KEYS = ['cnt_html', 'content', 'contentHtml', 'text'];

const MIN_DENSE_TEXT = 200;

export function qqBodyContainer(document: Document): Element | null {
  for (const selector of QQ_BODY_SELECTORS) {
    const el = document.querySelector(selector);
    if (el) return el;
  }
  return null;
}

/**
 * The article body on a page whose layout is not one of the known ones (the mobile page
 * renders `window.initData` with its own markup): the element whose direct <p> children
 * hold the most text, if that is enough to be an article.
 */
export function densestParagraphParent(document: Document): Element | null {
  const totals = new Map<Element, number>();
  for (const p of document.querySelectorAll('body p')) {
    const parent = p.parentElement;
    if (parent) totals.set(parent, (totals.get(parent) ?? 0) + (p.textContent ?? '').trim().length);
  }
  let best: Element | null = null;
  let bestTotal = MIN_DENSE_TEXT - 1;
  for (const [el, total] of totals) {
    if (total > bestTotal) {
      best = el;
      bestTotal = total;
    }
  }
  return best;
}

/** The body paragraphs with text, in reading order (a <p> nested in another counts once). */
export function qqParagraphs(container: Element): Element[] {
  return outermost(container, QQ_PARAGRAPH_SELECTOR).filter((p) => (p.textContent ?? '').trim() !== '');
}

function inlineScripts(document: Document): string[] {
  return [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '');
}

function pageDataOf(document: Document): { data: PageData | null; mobile: PageData | null } {
  const scripts = inlineScripts(document);
  const mobileRaw = readAssignedObject(scripts, 'initData');
  const inner = mobileRaw && typeof mobileRaw.content === 'object' && mobileRaw.content ? (mobileRaw.content as PageData) : null;
  return { data: readAssignedObject(scripts, 'DATA'), mobile: inner ?? mobileRaw };
}

export interface QqExtractOptions {
  url?: string | null;
  /** Parses an HTML fragment (the mobile page's content field) into a document. */
  parseHtml?: (html: string) => Document;
}

/**
 * Extracts a qq.com article by the page's own structure: <h1> title, `window.DATA` for
 * media and publication time, body <p>s of the article container (or, on the mobile page,
 * the HTML in `window.initData`). Returns null when the page holds no article body.
 */
export function extractQqArticle(document: Document, options: QqExtractOptions = {}): Article | null {
  const { data, mobile } = pageDataOf(document);
  const container = qqBodyContainer(document) ?? (mobile ? densestParagraphParent(document) : null);
  let text = container ? buildTextMap(qqParagraphs(container)).text : '';
  if (!text && mobile && options.parseHtml) {
    // The body is the content field's HTML, or one level deeper (initData.content.content.text in the 2023 page).
    const nested = mobile.content && typeof mobile.content === 'object' ? (mobile.content as PageData) : null;
    const html = stringField(mobile, ...MOBILE_CONTENT_KEYS) ?? stringField(nested, ...MOBILE_CONTENT_KEYS);
    if (html) {
      const fragment = options.parseHtml(`<div class="rich_media_content">${html}</div>`);
      const root = qqBodyContainer(fragment);
      if (root) text = buildTextMap(qqParagraphs(root)).text;
    }
  }
  if (!text) return null;
  const h1 = document.querySelector('h1');
  return {
    title: (h1?.textContent?.trim() || null) ?? stringField(data, ...TITLE_KEYS) ?? stringField(mobile, ...TITLE_KEYS),
    source: stringField(data, ...SOURCE_KEYS) ?? stringField(mobile, ...SOURCE_KEYS),
    publishedAt: stringField(data, ...TIME_KEYS) ?? stringField(mobile, ...TIME_KEYS),
    url: options.url ?? null,
    text,
  };
}
