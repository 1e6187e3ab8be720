import type { ColourScheme } from '../shared/settings';
import type { TextPiece } from '../extract/text-map';
import type { Painter } from './highlighter';
import type { HighlightKind } from './spans';

/** Inner kinds paint over outer ones, as their elements nest (spans.ts NESTING_ORDER). */
const PRIORITY: Record<HighlightKind, number> = { quote: 0, claim: 1, company: 2, code: 3, figure: 4 };

interface HighlightLike {
  priority: number;
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
}
interface HighlightApi {
  registry: { get(name: string): unknown; set(name: string, highlight: HighlightLike): unknown; delete(name: string): boolean };
  create(): HighlightLike;
  StaticRange: typeof StaticRange;
}

/** The highlight names of highlights.css: caizhu-company, caizhu-high-contrast-company… */
export function highlightName(kind: HighlightKind, scheme: ColourScheme): string {
  return scheme === 'default' ? `caizhu-${kind}` : `caizhu-${scheme}-${kind}`;
}

function highlightApi(view: Window): HighlightApi | null {
  const registry = (view as unknown as { CSS?: { highlights?: HighlightApi['registry'] } }).CSS?.highlights;
  const { Highlight, StaticRange } = view as unknown as { Highlight?: new () => HighlightLike; StaticRange?: typeof globalThis.StaticRange };
  return registry && Highlight && StaticRange ? { registry, create: () => new Highlight(), StaticRange } : null;
}

/**
 * A painter on the CSS Custom Highlight API: ranges over the page's own text nodes, styled
 * by ::highlight() rules, with no element added. Null where the browser lacks the API (the
 * highlights then appear as their elements go in).
 */
export function highlightPainter(view: Window, scheme: ColourScheme): { paint: Painter; clear(): void } | null {
  const api = highlightApi(view);
  if (!api) return null;
  const byKind = new Map<HighlightKind, HighlightLike>();
  const highlightOf = (kind: HighlightKind) => {
    let highlight = byKind.get(kind);
    if (!highlight) {
      highlight = api.create();
      highlight.priority = PRIORITY[kind];
      api.registry.set(highlightName(kind, scheme), highlight);
      byKind.set(kind, highlight);
    }
    return highlight;
  };
  const paint: Painter = (span, pieces: readonly TextPiece[]) => {
    const highlight = highlightOf(span.kind);
    // Static ranges: live ones would be updated on every later change to the document, and the
    // elements that replace the paint change it thousands of times.
    const ranges = pieces.map((piece) => {
      const range = new api.StaticRange({ startContainer: piece.node, startOffset: piece.start, endContainer: piece.node, endOffset: piece.end });
      highlight.add(range);
      return range;
    });
    return () => {
      for (const range of ranges) highlight.delete(range);
    };
  };
  return {
    paint,
    clear() {
      // Only this painter's own: a later application may have registered the same names since.
      for (const [kind, highlight] of byKind) if (api.registry.get(highlightName(kind, scheme)) === highlight) api.registry.delete(highlightName(kind, scheme));
      byKind.clear();
    },
  };
}
