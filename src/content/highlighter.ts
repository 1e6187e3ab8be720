import { firstEndingAfter } from '../core/text/sentences';
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

/** Spans wrapped in one step at most, where a group of text nodes has more. */
const SPANS_PER_STEP = 100;
/** Spans painted in one step: painting is cheap per span, but an article may have thousands. */
const PAINT_PER_STEP = 500;

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
  /** When the task that starts highlighting began (performance.now()), so that its first slice counts all of it. */
  taskStart?: number;
  /** Runs a slice of DOM work (the content script's own changes, which its page watcher need not hear of). */
  quiet?: <T>(work: () => T) => T;
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

  /** Each split node's text before splitting. */
  const originals = new Map<Text, string>();
  const created: Text[] = [];
  const segments = new Map<Text, Segment[]>();
  /** Of a long node split a stretch at a time: the node holding the rest of its text. */
  const rest = new Map<Text, Text>();
  const marks: HTMLElement[] = [];
  const marksBySpan: HTMLElement[][] = spans.map(() => []);
  const unpaint: Array<(() => void) | null> = spans.map(() => null);
  let removed = false;

  /**
   * Splits a text node at its cuts up to `end` (an offset in the node's original text; all of it by default). Every
   * part is cut from the text once and all go in together, so a node of 100,000 characters with a thousand spans is
   * split in one pass, not a thousand. Where `end` stops short, the rest goes on in a node of its own, split off with
   * the DOM's own splitText, which carries the live ranges of the paint still on it along with the text they cover.
   */
  function split(node: Text, end = Infinity): void {
    let parts = segments.get(node);
    if (!parts) {
      originals.set(node, node.data);
      segments.set(node, (parts = []));
    }
    const last = parts[parts.length - 1];
    const from = last ? last.end : 0;
    const full = originals.get(node)!.length;
    end = Math.min(end, full);
    if (from >= full) return;
    const current = last ? rest.get(node)! : node;
    if (end < full) {
      const tail = splitKeepingRanges(current, end - from);
      created.push(tail);
      rest.set(node, tail);
    }
    const data = current.data;
    const points = [...cuts.get(node)!].filter((o) => o > from && o < end).sort((a, b) => a - b);
    parts.push({ start: from, end: points[0] ?? end, node: current });
    if (points.length === 0) return;
    const fragment = node.ownerDocument!.createDocumentFragment();
    points.forEach((point, k) => {
      const to = points[k + 1] ?? end;
      const right = node.ownerDocument!.createTextNode(data.slice(point - from, to - from));
      created.push(right);
      parts!.push({ start: point, end: to, node: right });
      fragment.appendChild(right);
    });
    current.data = data.slice(0, points[0] - from);
    current.parentNode!.insertBefore(fragment, current.nextSibling);
  }

  function wrapSpan(i: number): void {
    const span = spans[i];
    let first = true;
    for (const piece of piecesBySpan[i]) {
      const covered = coveredParts(segments.get(piece.node) ?? [], piece.start, piece.end);
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

  /** A span's pieces over the parts its text nodes were split into. */
  function partPieces(i: number): TextPiece[] {
    return piecesBySpan[i].flatMap((piece) => coveredParts(segments.get(piece.node) ?? [], piece.start, piece.end).map((node) => ({ node, start: 0, end: node.data.length })));
  }

  /**
   * The spans of one text node in stretches of about SPANS_PER_STEP, in text order (an outer span before the
   * inner ones it holds), each stretch ending where none of its spans goes on: `end` is an offset in the node.
   */
  function stretches(indices: readonly number[]): Array<{ spans: number[]; end: number }> {
    const ordered = [...indices].sort((a, b) => piecesBySpan[a][0].start - piecesBySpan[b][0].start || piecesBySpan[b][0].end - piecesBySpan[a][0].end);
    const out: Array<{ spans: number[]; end: number }> = [];
    let current: number[] = [];
    let reach = 0;
    for (const i of ordered) {
      const piece = piecesBySpan[i][0];
      if (current.length >= SPANS_PER_STEP && piece.start >= reach) {
        out.push({ spans: current, end: piece.start });
        current = [];
      }
      current.push(i);
      reach = Math.max(reach, piece.end);
    }
    if (current.length > 0) out.push({ spans: current, end: Infinity });
    return out;
  }

  function takePaintOff(i: number): void {
    unpaint[i]?.();
    unpaint[i] = null;
  }

  function* steps(): Generator<Step> {
    if (painter) {
      for (let i = 0; i < spans.length; i++) {
        if (piecesBySpan[i].length > 0) unpaint[i] = painter(spans[i], piecesBySpan[i]);
        if (i % PAINT_PER_STEP === PAINT_PER_STEP - 1) yield 'step';
      }
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
      if (group.spans.length <= SPANS_PER_STEP) {
        // One group in one step: its paint must not be on screen while its text nodes are being split.
        for (const node of group.nodes) split(node);
        for (const i of group.spans) wrapSpan(i);
        for (const i of group.spans) takePaintOff(i);
        yield 'step';
        continue;
      }
      if (group.nodes.length === 1) {
        // One long text node (a paragraph of 100,000 characters): split and wrapped a stretch of spans at a time.
        const node = group.nodes[0];
        for (const chunk of stretches(group.spans)) {
          if (removed) return;
          split(node, chunk.end);
          for (const i of chunk.spans) wrapSpan(i);
          for (const i of chunk.spans) takePaintOff(i);
          yield 'step';
        }
        continue;
      }
      // Many text nodes joined by spans: split at once, painted again over the parts (the paint's ranges were in
      // the text that moved), then wrapped a few hundred spans at a time.
      for (const i of group.spans) takePaintOff(i);
      for (const node of group.nodes) split(node);
      if (painter) for (const i of group.spans) unpaint[i] = painter(spans[i], partPieces(i));
      yield 'step';
      for (let k = 0; k < group.spans.length; k += SPANS_PER_STEP) {
        if (removed) return;
        const chunk = group.spans.slice(k, k + SPANS_PER_STEP);
        for (const i of chunk) wrapSpan(i);
        for (const i of chunk) takePaintOff(i);
        yield 'step';
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
      unpaint.forEach((_, i) => takePaintOff(i));
      // A mark holding only text split off by the highlighting (and marks like it) goes out whole, one change to
      // the page instead of one per node: in a deep tree every change costs the browser a walk up its ancestors.
      const madeHere = new Set<Node>(created);
      const markSet = new Set<Node>(marks);
      const whole = new Map<Node, boolean>();
      const onlyOurs = (mark: Node): boolean => {
        let known = whole.get(mark);
        if (known === undefined) {
          known = true;
          for (let child = mark.firstChild; child && known; child = child.nextSibling) known = madeHere.has(child) || (markSet.has(child) && onlyOurs(child));
          whole.set(mark, known);
        }
        return known;
      };
      const gone = new Set<Node>();
      // What follows an original text node up to its last part is, unless the page put something in between, all
      // ours: it goes out in one call (in Firefox every call of a content script into the page's DOM is costly).
      const range = map.nodes[0]?.ownerDocument?.createRange();
      for (const node of originals.keys()) {
        const parts = segments.get(node);
        const parent = node.parentNode;
        if (!range || !parts || parts.length < 2 || !parent || markSet.has(parent)) continue;
        let end: Node = parts[parts.length - 1].node;
        while (end.parentNode && end.parentNode !== parent && markSet.has(end.parentNode)) end = end.parentNode;
        if (end.parentNode !== parent) continue;
        const run: Node[] = [];
        for (let n = node.nextSibling; n && (madeHere.has(n) || (markSet.has(n) && onlyOurs(n))); n = n.nextSibling) {
          run.push(n);
          if (n === end) break;
        }
        if (run[run.length - 1] !== end) continue;
        range.setStartAfter(node);
        range.setEndAfter(end);
        range.deleteContents();
        // A DOM whose ranges stop short of their end (linkedom's) leaves the rest to be taken one by one.
        if (end.parentNode === parent) for (const n of run) if (n.parentNode === parent) parent.removeChild(n);
        for (const n of run) gone.add(n);
      }
      // The rest: outer marks come before the inner ones they hold, so an inner mark is out already with an outer
      // one gone whole.
      for (const mark of marks) {
        if (gone.has(mark)) continue;
        if (gone.has(mark.parentNode!)) gone.add(mark);
        else if (onlyOurs(mark)) {
          mark.remove();
          gone.add(mark);
        } else mark.replaceWith(...mark.childNodes);
      }
      for (const node of created) if (!gone.has(node) && !gone.has(node.parentNode!)) node.remove();
      for (const [node, data] of originals) node.data = data;
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
  const quiet = options.quiet ?? ((work) => work());
  let sliceStart = options.taskStart ?? performance.now();
  /** Runs steps until the slice is spent (or would be by one more step like the longest yet); true when all are done. */
  const slice = (): boolean => {
    let longestStep = 0;
    for (;;) {
      const stepStart = performance.now();
      const next = steps.next();
      if (next.done) return true;
      const step = next.value;
      const now = performance.now();
      longestStep = Math.max(longestStep, now - stepStart);
      if (step === 'visible') performance.mark('caizhu:visible');
      if (step === 'painted') performance.mark('caizhu:painted');
      if (step === 'painted' || now - sliceStart + longestStep >= sliceMs) return false;
    }
  };
  const done = (async () => {
    for (;;) {
      const finished = quiet(slice);
      performance.measure('caizhu:slice', { start: sliceStart, end: performance.now() });
      if (finished) return;
      await nextTask();
      if (highlights.removed) return;
      sliceStart = performance.now();
    }
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
/** The parts (in text order, end to end) lying inside [start, end), found by bisection: a long node has thousands. */
function coveredParts(parts: readonly Segment[], start: number, end: number): Text[] {
  const out: Text[] = [];
  for (let k = firstEndingAfter(parts, start); k < parts.length && parts[k].end <= end; k++) out.push(parts[k].node);
  return out;
}

/** Splits with the DOM's own splitText where there is one: live ranges in the text split off move with it. */
function splitKeepingRanges(node: Text, at: number): Text {
  return typeof node.splitText === 'function' ? node.splitText(at) : splitText(node, at);
}

/** Text.splitText, spelled out (for DOMs without it): the original node keeps [0, at), a new node after it takes the rest. */
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
