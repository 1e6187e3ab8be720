import { Readability } from '@mozilla/readability';
import type { ArticlePage } from '../content/article-page';
import { BODY_BLOCKS, outermost } from '../extract/blocks';
import { MAX_ELEMENTS, withinReadabilityLimits } from '../extract/generic';
import { densestParagraphParent } from '../extract/qq';
import { buildTextMap } from '../extract/text-map';


/** Title, site and time by Readability, where the page is within its limits (past them its cost explodes). */
function readMetadata(document: Document): ReturnType<Readability['parse']> {
  if (!withinReadabilityLimits(document)) return null;
  try {
    return new Readability(document.cloneNode(true) as Document, { maxElemsToParse: MAX_ELEMENTS }).parse();
  } catch {
    return null;
  }
}

/**
 * Any news page, on the reader's request: Readability (on a clone, which it consumes)
 * gives the title, site and time; the live element holding most of the body paragraphs
 * is what gets highlighted.
 */
export function readGenericPage(document: Document, url: string): ArticlePage | null {
  const container = densestParagraphParent(document);
  if (!container) return null;
  const blocks = outermost(container, BODY_BLOCKS);
  const map = buildTextMap(blocks.length ? blocks : [container]);
  if (!map.text) return null;
  const meta = readMetadata(document);
  return {
    container,
    map,
    article: {
      title: meta?.title?.trim() || document.querySelector('h1')?.textContent?.trim() || document.title || null,
      source: meta?.siteName?.trim() || null,
      publishedAt: meta?.publishedTime?.trim() || null,
      url,
      text: map.text,
    },
  };
}
