import type { Doc } from '../text/doc';
import { spanIndexAt } from '../text/sentences';
import type { CompanyHit, Span } from '../types';

/** Words that point back to the company last named: 该公司, 公司, 其, 该集团… */
const ANAPHOR = /该公司|该集团|该企业|该行|公司|集团|其/;
/** "分别" before a list of figures assigns them one by one to the companies named before it. */
const RESPECTIVELY = '分别';
/** What may stand between the items of a list of figures: 73%、73%和50%. */
const LIST_GAP = /^[ \t]*(?:、|,|，|和|及|与|以及|或|;|；)[ \t]*$/;
/** How far back (characters) 该公司/其 may reach for the company it stands for. */
const ANAPHOR_REACH = 600;

interface Mention {
  start: number;
  end: number;
  name: string;
}

export interface Attributable extends Span {
  company: string | null;
}

/** All mentions of all companies, sorted by start. */
function mentionList(companies: readonly CompanyHit[]): Mention[] {
  const out: Mention[] = [];
  for (const c of companies) for (const m of c.mentions) out.push({ start: m.start, end: m.end, name: c.name });
  return out.sort((a, b) => a.start - b.start);
}

/** Index of the last mention ending at or before `offset`, or -1. */
function lastEndingBy(mentions: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].end <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Sets `company` on each figure (sorted by start): the nearest company named before it in its
 * sentence; else, when the sentence says 该公司/公司/其, the company last named; else the subject
 * (first company) of the previous sentence of the same paragraph. Lists after 分别 go to the
 * companies named before 分别 in the same sentence, one by one.
 */
export function attributeCompanies(doc: Doc, figures: Attributable[], companies: readonly CompanyHit[]): void {
  const mentions = mentionList(companies);
  if (mentions.length === 0) return;
  for (const f of figures) f.company = companyFor(doc, mentions, f.start);
  assignRespectively(doc, figures, mentions);
}

function companyFor(doc: Doc, mentions: readonly Mention[], offset: number): string | null {
  const sentence = doc.sentenceAt(offset);
  if (!sentence) return null;
  const i = lastEndingBy(mentions, offset);
  if (i >= 0 && mentions[i].start >= sentence.start) return mentions[i].name;

  if (i >= 0 && offset - mentions[i].end <= ANAPHOR_REACH && ANAPHOR.test(doc.norm.slice(sentence.start, offset))) {
    return mentions[i].name;
  }

  const index = spanIndexAt(doc.sentences, sentence.start);
  const previous = index > 0 ? doc.sentences[index - 1] : null;
  if (previous && !doc.text.slice(previous.end, sentence.start).includes('\n')) {
    const j = lastEndingBy(mentions, previous.end);
    let first: Mention | null = null;
    for (let k = j; k >= 0 && mentions[k].start >= previous.start; k--) first = mentions[k];
    if (first) return first.name;
  }
  return null;
}

function assignRespectively(doc: Doc, figures: Attributable[], mentions: readonly Mention[]): void {
  const norm = doc.norm;
  for (let i = 0; i < figures.length; i++) {
    const sentence = doc.sentenceAt(figures[i].start);
    if (!sentence) continue;
    const inSentence = norm.slice(sentence.start, figures[i].start).lastIndexOf(RESPECTIVELY);
    if (inSentence < 0) continue;
    const at = sentence.start + inSentence;
    if (i > 0 && figures[i - 1].end > at) continue;
    let last = i;
    while (last + 1 < figures.length && LIST_GAP.test(norm.slice(figures[last].end, figures[last + 1].start))) last++;
    const count = last - i + 1;
    if (count < 2) continue;
    // Companies named in the sentence before 分别, in order of first mention.
    const names: string[] = [];
    for (let k = lastEndingBy(mentions, at); k >= 0 && mentions[k].start >= sentence.start; k--) {
      const seen = names.indexOf(mentions[k].name);
      if (seen >= 0) names.splice(seen, 1);
      names.unshift(mentions[k].name);
    }
    if (names.length >= count) {
      const listed = names.slice(names.length - count);
      for (let k = 0; k < count; k++) figures[i + k].company = listed[k];
    }
    i = last;
  }
}
