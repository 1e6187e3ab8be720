export interface PatternMatch {
  pattern: number;
  start: number;
  end: number;
}

const NONE = -1;
const ROOT = 0;

/**
 * Multi-pattern matcher: one pass over the text finds every occurrence of every pattern.
 *
 * The automaton lives in typed arrays, built from the patterns in sorted order (a trie whose nodes'
 * children are contiguous and sorted by code unit), so that tens of thousands of names take tens of
 * milliseconds to load rather than hundreds: no object or Map per node. The root's transitions are a
 * direct table (every match starts there); other nodes are searched by binary search over few children.
 */
export class AhoCorasick {
  private readonly lengths: Int32Array;
  /** Children of node n: edge slots [edgeStart[n], edgeStart[n + 1]), sorted by code. */
  private readonly edgeStart: Int32Array;
  private readonly edgeCode: Uint16Array;
  private readonly edgeTarget: Int32Array;
  private readonly rootNext: Int32Array;
  private readonly fail: Int32Array;
  /** The pattern ending exactly at a node, or NONE; patterns given twice chain through samePattern. */
  private readonly own: Int32Array;
  private readonly samePattern: Int32Array;
  /** The nearest node on the fail chain that ends a pattern (the dictionary suffix link), or NONE. */
  private readonly outLink: Int32Array;

  constructor(patterns: readonly string[]) {
    const count = patterns.length;
    this.lengths = new Int32Array(count);
    this.samePattern = new Int32Array(count).fill(NONE);
    const order = Array.from({ length: count }, (_, i) => i);
    let sorted = true;
    for (let i = 1; i < count && sorted; i++) sorted = patterns[i - 1] <= patterns[i];
    if (!sorted) order.sort((a, b) => (patterns[a] < patterns[b] ? -1 : patterns[a] > patterns[b] ? 1 : a - b));

    let capacity = 1;
    for (const p of patterns) capacity += p.length;
    const parent = new Int32Array(capacity);
    const label = new Uint16Array(capacity);
    const own = new Int32Array(capacity).fill(NONE);
    const childCount = new Int32Array(capacity + 1);
    let nodes = 1;

    // The trie from sorted patterns: each shares its prefix with the previous one, so the path so far is a stack.
    const path: number[] = [ROOT];
    let previous = '';
    for (const index of order) {
      const pattern = patterns[index];
      this.lengths[index] = pattern.length;
      if (pattern.length === 0) continue;
      let common = 0;
      const limit = Math.min(previous.length, pattern.length, path.length - 1);
      while (common < limit && previous.charCodeAt(common) === pattern.charCodeAt(common)) common++;
      path.length = common + 1;
      for (let depth = common; depth < pattern.length; depth++) {
        const node = nodes++;
        parent[node] = path[depth];
        label[node] = pattern.charCodeAt(depth);
        childCount[path[depth]]++;
        path.push(node);
      }
      const end = path[pattern.length];
      if (own[end] === NONE) own[end] = index;
      else {
        let last = own[end];
        while (this.samePattern[last] !== NONE) last = this.samePattern[last];
        this.samePattern[last] = index;
      }
      previous = pattern;
    }

    // Children contiguous per parent; creation order already sorts each parent's children by code.
    this.edgeStart = new Int32Array(nodes + 1);
    for (let n = 0; n < nodes; n++) this.edgeStart[n + 1] = this.edgeStart[n] + childCount[n];
    this.edgeCode = new Uint16Array(nodes);
    this.edgeTarget = new Int32Array(nodes);
    const fill = this.edgeStart.slice(0, nodes);
    for (let n = 1; n < nodes; n++) {
      const slot = fill[parent[n]]++;
      this.edgeCode[slot] = label[n];
      this.edgeTarget[slot] = n;
    }
    this.rootNext = new Int32Array(0x10000).fill(NONE);
    for (let e = this.edgeStart[ROOT]; e < this.edgeStart[ROOT + 1]; e++) this.rootNext[this.edgeCode[e]] = this.edgeTarget[e];
    this.own = own.subarray(0, nodes);

    // Fail and output links, breadth first.
    this.fail = new Int32Array(nodes);
    this.outLink = new Int32Array(nodes).fill(NONE);
    const queue = new Int32Array(nodes);
    let tail = 0;
    for (let e = this.edgeStart[ROOT]; e < this.edgeStart[ROOT + 1]; e++) queue[tail++] = this.edgeTarget[e];
    for (let head = 0; head < tail; head++) {
      const state = queue[head];
      for (let e = this.edgeStart[state]; e < this.edgeStart[state + 1]; e++) {
        const child = this.edgeTarget[e];
        const code = this.edgeCode[e];
        let f = this.fail[state];
        let target = this.step(f, code);
        while (target === NONE && f !== ROOT) {
          f = this.fail[f];
          target = this.step(f, code);
        }
        const failTo = target === NONE || target === child ? ROOT : target;
        this.fail[child] = failTo;
        this.outLink[child] = this.own[failTo] !== NONE ? failTo : this.outLink[failTo];
        queue[tail++] = child;
      }
    }
  }

  /** The child of `state` along `code`, or NONE. */
  private step(state: number, code: number): number {
    if (state === ROOT) return this.rootNext[code];
    let lo = this.edgeStart[state];
    let hi = this.edgeStart[state + 1] - 1;
    const codes = this.edgeCode;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = codes[mid];
      if (c === code) return this.edgeTarget[mid];
      if (c < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return NONE;
  }

  /** All matches, ordered by end offset (longest first at one end). Offsets are UTF-16 indices into `text`. */
  findAll(text: string): PatternMatch[] {
    const found: PatternMatch[] = [];
    const { fail, own, outLink, samePattern, lengths } = this;
    let state = ROOT;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let target = this.step(state, code);
      while (target === NONE && state !== ROOT) {
        state = fail[state];
        target = this.step(state, code);
      }
      state = target === NONE ? ROOT : target;
      for (let node = own[state] !== NONE ? state : outLink[state]; node !== NONE; node = outLink[node]) {
        for (let p = own[node]; p !== NONE; p = samePattern[p]) found.push({ pattern: p, start: i + 1 - lengths[p], end: i + 1 });
      }
    }
    return found;
  }
}
