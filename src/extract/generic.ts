import { Readability } from '@mozilla/readability';
import type { Article } from '../core/types';
import { BODY_BLOCKS, outermost } from './blocks';
import { densestParagraphParent } from './qq';
import { buildTextMap } from './text-map';

/** Readability's cost grows with the square of a tree's depth: past these it is not run, and the densest paragraphs are read instead. */
export const MAX_ELEMENTS = 30_000;
const MAX_DEPTH = 200;

/** Whether the page is small and shallow enough for Readability (one walk, no recursion). */
export function withinReadabilityLimits(document: Document): boolean {
  let elements = 0;
  let depth = 0;
  let node: Node | null = document.documentElement;
  while (node) {
    if (node.nodeType === 1) {
      if (++elements > MAX_ELEMENTS || depth > MAX_DEPTH) return false;
      if (node.firstChild) {
        node = node.firstChild;
        depth++;
        continue;
      }
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    node = node ? node.nextSibling : null;
  }
  return true;
}

/** The fallback: the element whose <p> children hold the most text, if it is enough to be an article. */
function densestArticle(document: Document, url: string | null): Article | null {
  const container = densestParagraphParent(document);
  if (!container) return null;
  const text = buildTextMap([...container.children].filter((el) => el.tagName === 'P')).text;
  if (!text) return null;
  return { title: document.querySelector('h1')?.textContent?.trim() || document.title?.trim() || null, source: null, publishedAt: null, url, text };
}


/**
 * Any other news page, through Mozilla Readability. Readability mutates the document it
 * reads, so it is given a clone.
 */
export function extractGenericArticle(document: Document, options: { url?: string | null; parseHtml: (html: string) => Document }): Article | null {
  if (!withinReadabilityLimits(document)) return densestArticle(document, options.url ?? null);
  const clone = document.cloneNode(true) as Document;
  let result: ReturnType<Readability['parse']>;
  try {
    result = new Readability(clone, { maxElemsToParse: MAX_ELEMENTS }).parse();
  } catch {
    return densestArticle(document, options.url ?? null);
  }
  if (!result?.content) return null;
  const content = options.parseHtml(`<div id="caizhu-root">${result.content}</div>`);
  const root = content.querySelector('#caizhu-root') ?? content.body;
  const blocks = outermost(root, BODY_BLOCKS);
  const text = buildTextMap(blocks.length ? blocks : [root]).text;
  if (!text) return null;
  return {
    title: result.title?.trim() || null,
    source: result.siteName?.trim() || null,
    publishedAt: result.publishedTime?.trim() || null,
    url: options.url ?? null,
    text,
  };
}
