import { Readability } from '@mozilla/readability';
import type { Article } from '../core/types';
import { BODY_BLOCKS, outermost } from './blocks';
import { buildTextMap } from './text-map';


/**
 * Any other news page, through Mozilla Readability. Readability mutates the document it
 * reads, so it is given a clone.
 */
export function extractGenericArticle(document: Document, options: { url?: string | null; parseHtml: (html: string) => Document }): Article | null {
  const clone = document.cloneNode(true) as Document;
  const result = new Readability(clone).parse();
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
