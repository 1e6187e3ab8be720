export interface PatternMatch {
  pattern: number;
  start: number;
  end: number;
}

interface Node {
  next: Map<string, number>;
  fail: number;
  /** Indices of patterns ending at this node, including those reached through fail links. */
  out: number[];
}

/** Multi-pattern matcher: one pass over the text finds every occurrence of every pattern. */
export class AhoCorasick {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
  private readonly lengths: number[] = [];

  constructor(patterns: readonly string[]) {
    patterns.forEach((p, index) => this.insert(p, index));
    this.link();
  }

  private insert(pattern: string, index: number): void {
    this.lengths[index] = pattern.length;
    if (pattern.length === 0) return;
    let state = 0;
    for (const ch of pattern) {
      let target = this.nodes[state].next.get(ch);
      if (target === undefined) {
        target = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, out: [] });
        this.nodes[state].next.set(ch, target);
      }
      state = target;
    }
    this.nodes[state].out.push(index);
  }

  private link(): void {
    const queue: number[] = [];
    for (const child of this.nodes[0].next.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      for (const [ch, child] of this.nodes[state].next) {
        let fail = this.nodes[state].fail;
        while (fail !== 0 && !this.nodes[fail].next.has(ch)) fail = this.nodes[fail].fail;
        const candidate = this.nodes[fail].next.get(ch);
        this.nodes[child].fail = candidate !== undefined && candidate !== child ? candidate : 0;
        this.nodes[child].out.push(...this.nodes[this.nodes[child].fail].out);
        queue.push(child);
      }
    }
  }

  /** All matches, ordered by end offset. Offsets are UTF-16 indices into `text`. */
  findAll(text: string): PatternMatch[] {
    const found: PatternMatch[] = [];
    let state = 0;
    let i = 0;
    for (const ch of text) {
      i += ch.length;
      while (state !== 0 && !this.nodes[state].next.has(ch)) state = this.nodes[state].fail;
      state = this.nodes[state].next.get(ch) ?? 0;
      for (const pattern of this.nodes[state].out) {
        found.push({ pattern, start: i - this.lengths[pattern], end: i });
      }
    }
    return found;
  }
}
