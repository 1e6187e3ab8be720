import { piecesOf, type TextMap, type TextPiece } from '../extract/text-map';
import type { HighlightKind, HighlightSpan } from './spans';

export const MARK_TAG = 'caizhu-mark';
export const KIND_ATTR = 'data-caizhu-kind';
export const REF_ATTR = 'data-caizhu-ref';
export const SCHEME_ATTR = 'data-caizhu-scheme';

export interface Highlights {
  /** Every wrapper element, in creation order. */
  marks: HTMLElement[];
  /** The wrappers of each span, in the order of the spans given. */
  marksBySpan: HTMLElement[][];
  /** Puts the page back exactly as it was: same nodes, same text. */
  remove(): void;
}

/**
 * Paints a span over the page's text without touching the DOM (the CSS Custom Highlight API,
 * see paint.ts) and returns what takes the paint off again.
 */
export type Painter = (span: HighlightSpan, pieces: readonly TextPiece[]) => () => void;

/**
 * A step of highlighting work: 'painted' once every span is painted, 'visible' once every
 * span in view has its element (focusable, with its tooltip), 'step' for the rest.
 */
export type Step = 'step' | 'painted' | 'visible';

interface Segment {
  start: number;
  end: number;
  node: Text;
}

/**
 * Highlights in two layers. First, when a painter is given, every span is painted at once
 * without changing the DOM, so the reader sees all highlights almost as soon as the analysis
 * arrives. Then each span's text is wrapped in <caizhu-mark> elements (in pieces where it
 * crosses element boundaries), which the keyboard, screen readers and tooltips use; the
 * paint of a span comes off in the same step its elements go in, so nothing flickers.
 *
 * Text nodes are split once at every span edge; the original node keeps the first part, so
 * removal can restore each original node's text and drop the parts split off. The wrapping
 * is a sequence of small steps, one group of text nodes joined by spans at a time (usually a
 * paragraph), nearest the reader's view first, so that a long article is done in slices
 * between which the page stays responsive.
 */
export interface HighlightOptions {
  /** The screen-reader description of a span's first element. */
  describe?: (span: HighlightSpan) => string | null;
  /** How far a text node is from the reader's view (0 inside it): the nearest are done first. */
  distance?: (node: Text) => number;
  painter?: Painter;
  /** The colour scheme the elements carry (data-caizhu-scheme), unless the default. */
  scheme?: string;
}

export function startHighlights(
  map: TextMap,
  spans: readonly HighlightSpan[],
  { describe, distance, painter, scheme }: HighlightOptions = {},
): { highlights: Highlights & { readonly removed: boolean }; steps: Generator<Step> } {
  const piecesBySpan = spans.map((s) => piecesOf(map, s.start, s.end));
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
  const unpaint: Array<(() => void) | null> = spans.map(() => null);
  let removed = false;

  function split(node: Text): void {
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
  }

  function wrapSpan(i: number): void {
    const span = spans[i];
    let first = true;
    for (const piece of piecesBySpan[i]) {
      const covered = (segments.get(piece.node) ?? []).filter((s) => s.start >= piece.start && s.end <= piece.end).map((s) => s.node);
      for (const group of siblingRuns(covered)) {
        const mark = wrap(group, span.kind, `${span.kind}:${span.index}`, first);
        if (scheme && scheme !== 'default') mark.setAttribute(SCHEME_ATTR, scheme);
        if (first) {
          const description = describe?.(span);
          if (description) mark.setAttribute('aria-description', description);
        }
        marks.push(mark);
        marksBySpan[i].push(mark);
        first = false;
      }
    }
  }

  function takePaintOff(i: number): void {
    unpaint[i]?.();
    unpaint[i] = null;
  }

  function* steps(): Generator<Step> {
    if (painter) {
      spans.forEach((span, i) => {
        if (piecesBySpan[i].length > 0) unpaint[i] = painter(span, piecesBySpan[i]);
      });
      yield 'painted';
    }
    // After the paint: where the paragraphs are is read from a layout the paint need not wait for.
    const groups = nodeGroups(spans, piecesBySpan, distance);
    let visibleDone = false;
    for (const group of groups) {
      if (removed) return;
      if (!visibleDone && group.distance > 0) {
        visibleDone = true;
        yield 'visible';
      }
      // One group in one step: its paint must not be on screen while its text nodes are being split.
      for (const node of group.nodes) split(node);
      for (const i of group.spans) wrapSpan(i);
      for (const i of group.spans) takePaintOff(i);
      yield 'step';
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
      unpaint.forEach((_, i) => takePaintOff(i));
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
export function applyHighlights(map: TextMap, spans: readonly HighlightSpan[], options: HighlightOptions = {}): Highlights {
  const { highlights, steps } = startHighlights(map, spans, options);
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
 * Highlights applied in slices of at most `sliceMs` of main-thread work each. The paint goes
 * on in the first slice, which ends there so that the browser can show it at once. The
 * highlights are returned at once: removing them while `done` is pending stops the slices.
 */
export function applyHighlightsInSlices(
  map: TextMap,
  spans: readonly HighlightSpan[],
  sliceMs: number,
  options: HighlightOptions = {},
): { highlights: Highlights; done: Promise<void> } {
  const { highlights, steps } = startHighlights(map, spans, options);
  const done = (async () => {
    let sliceStart = performance.now();
    for (const step of steps) {
      if (step === 'visible') performance.mark('caizhu:visible');
      if (step === 'painted') performance.mark('caizhu:painted');
      if (step !== 'painted' && performance.now() - sliceStart < sliceMs) continue;
      performance.measure('caizhu:slice', { start: sliceStart, end: performance.now() });
      await nextTask();
      if (highlights.removed) return;
      sliceStart = performance.now();
    }
    performance.measure('caizhu:slice', { start: sliceStart, end: performance.now() });
  })();
  return { highlights, done };
}

interface NodeGroup {
  /** Text nodes joined by spans that cross between them. */
  nodes: Text[];
  /** Indices of the group's spans, in the order given (outer before inner). */
  spans: number[];
  start: number;
  distance: number;
}

/**
 * Spans grouped by the text nodes they share, so that each group's nodes are split and its
 * spans wrapped together; groups nearest the view first, then in text order.
 */
function nodeGroups(spans: readonly HighlightSpan[], pieces: readonly TextPiece[][], distance?: (node: Text) => number): NodeGroup[] {
  const parent = new Map<Text, Text>();
  const find = (node: Text): Text => {
    let root = node;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(node, root);
    return root;
  };
  for (const list of pieces) {
    for (const p of list) if (!parent.has(p.node)) parent.set(p.node, p.node);
    for (let k = 1; k < list.length; k++) parent.set(find(list[k].node), find(list[0].node));
  }
  const byRoot = new Map<Text, NodeGroup>();
  for (const node of parent.keys()) {
    const root = find(node);
    let group = byRoot.get(root);
    if (!group) byRoot.set(root, (group = { nodes: [], spans: [], start: Infinity, distance: Infinity }));
    group.nodes.push(node);
    group.distance = Math.min(group.distance, distance ? distance(node) : 0);
  }
  pieces.forEach((list, i) => {
    if (list.length === 0) return;
    const group = byRoot.get(find(list[0].node))!;
    group.spans.push(i);
    group.start = Math.min(group.start, spans[i].start);
  });
  return [...byRoot.values()].sort((a, b) => a.distance - b.distance || a.start - b.start);
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
