import { piecesOf, type TextMap, type TextPiece } from '../extract/text-map';
import type { HighlightKind, HighlightSpan } from './spans';

export const MARK_TAG = 'caizhu-mark';
export const KIND_ATTR = 'data-caizhu-kind';
export const REF_ATTR = 'data-caizhu-ref';

export interface Highlights {
  /** Every wrapper element, in creation order. */
  marks: HTMLElement[];
  /** The wrappers of each span, in the order of the spans given. */
  marksBySpan: HTMLElement[][];
  /** Puts the page back exactly as it was: same nodes, same text. */
  remove(): void;
}

/** A step of highlighting work; 'visible' once every span in view is done. */
export type Step = 'step' | 'visible';

interface Segment {
  start: number;
  end: number;
  node: Text;
}

/**
 * Wraps each span's text in <caizhu-mark> elements, in pieces where it crosses element
 * boundaries. Text nodes are split once at every span edge; the original node keeps the
 * first part, so removal can restore each original node's text and drop the parts split off.
 * The work is a sequence of small steps (one text node split, one span wrapped), so that a
 * long article can be highlighted in slices between which the page stays responsive.
 */
export function startHighlights(
  map: TextMap,
  spans: readonly HighlightSpan[],
  describe?: (span: HighlightSpan) => string | null,
  distance?: (node: Text) => number,
): { highlights: Highlights & { readonly removed: boolean }; steps: Generator<Step> } {
  const piecesBySpan = spans.map((s) => piecesOf(map, s.start, s.end));
  const clusters = overlapClusters(spans, piecesBySpan, distance);
  const cuts = new Map<Text, Set<number>>();
  for (const pieces of piecesBySpan) {
    for (const p of pieces) {
      if (!cuts.has(p.node)) cuts.set(p.node, new Set());
      cuts.get(p.node)!.add(p.start).add(p.end);
    }
  }

  const originals: Array<{ node: Text; data: string }> = [];
  const created: Text[] = [];
  const segments = new Map<Text, Segment[]>();
  const marks: HTMLElement[] = [];
  const marksBySpan: HTMLElement[][] = spans.map(() => []);
  let removed = false;

  function* split(node: Text): Generator<Step> {
    if (segments.has(node)) return;
    originals.push({ node, data: node.data });
    const points = [...cuts.get(node)!].filter((o) => o > 0 && o < node.data.length).sort((a, b) => b - a);
    const parts: Segment[] = [];
    let end = node.data.length;
    for (const point of points) {
      const right = splitText(node, point);
      created.push(right);
      parts.unshift({ start: point, end, node: right });
      end = point;
    }
    parts.unshift({ start: 0, end, node });
    segments.set(node, parts);
    yield 'step';
  }

  function* wrapSpan(i: number): Generator<Step> {
    const span = spans[i];
    let first = true;
    for (const piece of piecesBySpan[i]) {
      const covered = (segments.get(piece.node) ?? []).filter((s) => s.start >= piece.start && s.end <= piece.end).map((s) => s.node);
      for (const group of siblingRuns(covered)) {
        const mark = wrap(group, span.kind, `${span.kind}:${span.index}`, first);
        if (first) {
          const description = describe?.(span);
          if (description) mark.setAttribute('aria-description', description);
        }
        marks.push(mark);
        marksBySpan[i].push(mark);
        first = false;
      }
    }
    yield 'step';
  }

  function* steps(): Generator<Step> {
    let visibleDone = false;
    for (const cluster of clusters) {
      if (!visibleDone && cluster.distance > 0) {
        visibleDone = true;
        yield 'visible';
      }
      for (const i of cluster.spans) {
        for (const piece of piecesBySpan[i]) {
          if (removed) return;
          yield* split(piece.node);
        }
      }
      for (const i of cluster.spans) {
        if (removed) return;
        yield* wrapSpan(i);
      }
    }
    if (!visibleDone) yield 'visible';
  }

  const highlights = {
    marks,
    marksBySpan,
    get removed() {
      return removed;
    },
    remove() {
      removed = true;
      for (let i = marks.length - 1; i >= 0; i--) {
        const mark = marks[i];
        mark.replaceWith(...mark.childNodes);
      }
      for (const node of created) node.remove();
      for (const { node, data } of originals) node.data = data;
      marks.length = 0;
      marksBySpan.length = 0;
    },
  };
  return { highlights, steps: steps() };
}

/** All highlights at once. */
export function applyHighlights(map: TextMap, spans: readonly HighlightSpan[], describe?: (span: HighlightSpan) => string | null, distance?: (node: Text) => number): Highlights {
  const { highlights, steps } = startHighlights(map, spans, describe, distance);
  for (const _ of steps);
  return highlights;
}

/** A new task, without the clamping timers get in background tabs. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Highlights applied in slices of at most `sliceMs` of main-thread work each, the spans nearest
 * the reader's view first (`distance` of a text node from the viewport, 0 inside it).
 */
export async function applyHighlightsInSlices(
  map: TextMap,
  spans: readonly HighlightSpan[],
  describe: ((span: HighlightSpan) => string | null) | undefined,
  sliceMs: number,
  distance?: (node: Text) => number,
): Promise<Highlights> {
  const { highlights, steps } = startHighlights(map, spans, describe, distance);
  let sliceStart = performance.now();
  for (const step of steps) {
    if (step === 'visible') performance.mark('caizhu:visible');
    if (performance.now() - sliceStart < sliceMs) continue;
    performance.measure('caizhu:slice', { start: sliceStart, end: performance.now() });
    await nextTask();
    if (highlights.removed) break;
    sliceStart = performance.now();
  }
  performance.measure('caizhu:slice', { start: sliceStart, end: performance.now() });
  return highlights;
}

interface Cluster {
  /** Indices of overlapping spans, in the order given (outer before inner). */
  spans: number[];
  start: number;
  distance: number;
}

/**
 * Spans grouped where they overlap, so each group can be done whole (outer spans wrapped
 * before the inner ones inside them); groups nearest the view first, then in text order.
 */
function overlapClusters(spans: readonly HighlightSpan[], pieces: readonly TextPiece[][], distance?: (node: Text) => number): Cluster[] {
  const byStart = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start);
  const clusters: Cluster[] = [];
  let end = -1;
  for (const i of byStart) {
    const span = spans[i];
    if (span.start >= end || clusters.length === 0) clusters.push({ spans: [], start: span.start, distance: Infinity });
    const cluster = clusters[clusters.length - 1];
    cluster.spans.push(i);
    end = Math.max(end, span.end);
    const node = pieces[i][0]?.node;
    if (node) cluster.distance = Math.min(cluster.distance, distance ? distance(node) : 0);
  }
  for (const cluster of clusters) cluster.spans.sort((a, b) => a - b);
  return clusters.sort((a, b) => a.distance - b.distance || a.start - b.start);
}

/** Text.splitText, spelled out: the original node keeps [0, at), a new node after it takes the rest. */
function splitText(node: Text, at: number): Text {
  const right = node.ownerDocument!.createTextNode(node.data.slice(at));
  node.data = node.data.slice(0, at);
  node.parentNode!.insertBefore(right, node.nextSibling);
  return right;
}

/** Text nodes to wrap together: runs of adjacent siblings under one parent, climbing out of marks wrapped whole. */
function siblingRuns(nodes: Text[]): Node[][] {
  const runs: Node[][] = [];
  for (const node of nodes) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last && last.nextSibling === node) run.push(node);
    else runs.push([node]);
  }
  return runs;
}

function wrap(nodes: Node[], kind: HighlightKind, ref: string, focusable: boolean): HTMLElement {
  const first = nodes[0];
  const mark = first.ownerDocument!.createElement(MARK_TAG);
  mark.setAttribute(KIND_ATTR, kind);
  mark.setAttribute(REF_ATTR, ref);
  if (focusable) mark.tabIndex = 0;
  first.parentNode!.insertBefore(mark, first);
  for (const n of nodes) mark.appendChild(n);
  return mark;
}
