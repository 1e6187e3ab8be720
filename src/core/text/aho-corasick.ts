export interface PatternMatch {
  pattern: number;
  start: number;
  end: number;
}

interface Node {
  /** Child state per UTF-16 code unit: numeric keys are cheaper to hash than one-character strings. */
  next: Map<number, number>;
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
    for (let k = 0; k < pattern.length; k++) {
      const code = pattern.charCodeAt(k);
      let target = this.nodes[state].next.get(code);
      if (target === undefined) {
        target = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, out: [] });
        this.nodes[state].next.set(code, target);
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
      for (const [code, child] of this.nodes[state].next) {
        let fail = this.nodes[state].fail;
        while (fail !== 0 && !this.nodes[fail].next.has(code)) fail = this.nodes[fail].fail;
        const candidate = this.nodes[fail].next.get(code);
        this.nodes[child].fail = candidate !== undefined && candidate !== child ? candidate : 0;
        this.nodes[child].out.push(...this.nodes[this.nodes[child].fail].out);
        queue.push(child);
      }
    }
  }

  /** All matches, ordered by end offset. Offsets are UTF-16 indices into `text`. */
  findAll(text: string): PatternMatch[] {
    const found: PatternMatch[] = [];
    const nodes = this.nodes;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let target = nodes[state].next.get(code);
      while (target === undefined && state !== 0) {
        state = nodes[state].fail;
        target = nodes[state].next.get(code);
      }
      state = target ?? 0;
      const out = nodes[state].out;
      for (let k = 0; k < out.length; k++) found.push({ pattern: out[k], start: i + 1 - this.lengths[out[k]], end: i + 1 });
    }
    return found;
  }
}
