import type { CompanyHit } from '../types';

export interface IndexedMention {
  start: number;
  end: number;
  /** The company's canonical name. */
  name: string;
}

/** Company mentions in text order, for "which company ends here" and "the company last named". */
export class CompanyIndex {
  readonly mentions: IndexedMention[];
  private readonly byEnd = new Map<number, IndexedMention>();

  constructor(companies: readonly CompanyHit[]) {
    this.mentions = companies
      .flatMap((c) => c.mentions.map((m) => ({ start: m.start, end: m.end, name: c.name })))
      .sort((a, b) => a.start - b.start);
    for (const m of this.mentions) this.byEnd.set(m.end, m);
  }

  endingAt(offset: number): IndexedMention | null {
    return this.byEnd.get(offset) ?? null;
  }

  /** The first mention starting at or after `offset`. */
  firstFrom(offset: number): IndexedMention | null {
    let lo = 0;
    let hi = this.mentions.length - 1;
    let found: IndexedMention | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start >= offset) {
        found = this.mentions[mid];
        hi = mid - 1;
      } else lo = mid + 1;
    }
    return found;
  }

  /** The last mention that ends at or before `offset`. */
  lastBefore(offset: number): IndexedMention | null {
    let lo = 0;
    let hi = this.mentions.length - 1;
    let found: IndexedMention | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].end <= offset) {
        found = this.mentions[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // Mentions do not overlap, so ordering by start also orders them by end.
    return found;
  }
}
