import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../extract/text-map';
import { applyHighlights, startHighlights } from './highlighter';
import type { HighlightSpan } from './spans';

function page(html: string) {
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div id="a">${html}</div></body></html>`);
  const paragraphs = [...document.querySelectorAll('p')] as unknown as Element[];
  return { document, map: buildTextMap(paragraphs), before: document.body.innerHTML };
}

/** Spans by their words: [first words, last words (or their length), kind, index]. */
function spansIn(text: string, list: Array<[string, string | number, HighlightSpan['kind'], number]>): HighlightSpan[] {
  return list.map(([from, to, kind, index]) => {
    const start = text.indexOf(from);
    return { start, end: typeof to === 'number' ? start + to : text.indexOf(to), kind, index };
  });
}

const QUOTE_AND_COMPANIES = '<p>腾讯控股发布财报。</p><p>“英伟达股价上涨5%。”</p>';

describe('highlighter', () => {
  it('wraps spans, nests inner ones, splits across elements, and restores the DOM exactly', () => {
    const { document, map, before } = page('<p>“英伟达<strong>股价</strong>上涨5%。”王超说。</p><p>腾讯控股　发布财报</p>');
    const originals = [...document.querySelectorAll('p')].flatMap((p) => [...p.childNodes]);
    const spans = spansIn(map.text, [
      ['英伟达', '。”', 'quote', 0],
      ['英伟达', 3, 'company', 0],
      ['5%', 2, 'figure', 0],
      ['腾讯控股', 4, 'company', 1],
    ]);
    const h = applyHighlights(map, spans);
    const quotePieces = h.marks.filter((m) => m.getAttribute('data-caizhu-kind') === 'quote');
    expect(quotePieces.map((m) => m.textContent).join('')).toBe('英伟达股价上涨5%');
    expect(document.querySelector('caizhu-mark[data-caizhu-kind="quote"] caizhu-mark[data-caizhu-kind="company"]')?.textContent).toBe('英伟达');
    expect(h.marks.find((m) => m.getAttribute('data-caizhu-ref') === 'company:1')?.textContent).toBe('腾讯控股');
    expect(document.body.innerHTML).not.toBe(before);
    h.remove();
    expect(document.body.innerHTML).toBe(before);
    const after = [...document.querySelectorAll('p')].flatMap((p) => [...p.childNodes]);
    expect(after).toHaveLength(originals.length);
    after.forEach((n, i) => expect(n).toBe(originals[i]));
  });

  it('does the spans nearest the view first, keeping outer spans before the inner ones they hold', () => {
    const { document, map, before } = page(`${QUOTE_AND_COMPANIES}<p>阿里巴巴回购股份。</p>`);
    const spans = spansIn(map.text, [
      ['英伟达', '。”', 'quote', 0],
      ['腾讯控股', 4, 'company', 0],
      ['英伟达', 3, 'company', 1],
      ['阿里巴巴', 4, 'company', 2],
    ]);
    const inView = document.querySelectorAll('p')[1];
    const { highlights, steps } = startHighlights(map, spans, { distance: (node) => (node.parentElement === inView ? 0 : 100) });
    const order: string[] = [];
    for (const step of steps) order.push(step === 'visible' ? 'visible' : String(highlights.marks.length));
    const refs = highlights.marks.map((m) => m.getAttribute('data-caizhu-ref'));
    expect(refs).toEqual(['quote:0', 'company:1', 'company:0', 'company:2']);
    expect(order.indexOf('visible')).toBe(order.indexOf('2') + 1);
    expect(document.querySelector('caizhu-mark[data-caizhu-kind="quote"] caizhu-mark')?.textContent).toBe('英伟达');
    highlights.remove();
    expect(document.body.innerHTML).toBe(before);
  });

  it('paints every span first, and takes the paint of each span off in the step its elements go in', () => {
    const { document, map, before } = page(QUOTE_AND_COMPANIES);
    const spans = spansIn(map.text, [
      ['英伟达', '。”', 'quote', 0],
      ['腾讯控股', 4, 'company', 0],
      ['英伟达', 3, 'company', 1],
    ]);
    const painted = new Set<string>();
    const painter = (span: HighlightSpan) => {
      const ref = `${span.kind}:${span.index}`;
      painted.add(ref);
      return () => painted.delete(ref);
    };
    const { highlights, steps } = startHighlights(map, spans, { painter });
    const seen: Array<{ step: string; painted: string[]; marked: string[] }> = [];
    for (const step of steps) seen.push({ step, painted: [...painted].sort(), marked: highlights.marks.map((m) => m.getAttribute('data-caizhu-ref')!).sort() });
    expect(seen[0]).toEqual({ step: 'painted', painted: ['company:0', 'company:1', 'quote:0'], marked: [] });
    // After every step, each span is either painted or marked, never both and never neither.
    for (const { painted: p, marked: m } of seen) expect([...p, ...m].sort()).toEqual(['company:0', 'company:1', 'quote:0']);
    expect(painted.size).toBe(0);
    highlights.remove();
    expect(document.body.innerHTML).toBe(before);
  });

  it('takes the remaining paint off when removed part-way', () => {
    const { document, map, before } = page('<p>腾讯控股发布财报。</p><p>阿里巴巴回购股份。</p>');
    const spans = spansIn(map.text, [
      ['腾讯控股', 4, 'company', 0],
      ['阿里巴巴', 4, 'company', 1],
    ]);
    let paintedCount = 0;
    const { highlights, steps } = startHighlights(map, spans, { painter: () => (paintedCount++, () => paintedCount--) });
    steps.next();
    steps.next();
    expect(paintedCount).toBe(1);
    highlights.remove();
    expect(paintedCount).toBe(0);
    expect([...steps]).toEqual([]);
    expect(document.body.innerHTML).toBe(before);
  });

  it('does a paragraph of one text node with a thousand spans in bounded steps, each span painted until its element goes in', () => {
    const sentence = '腾讯控股发布财报，营收增长5%。';
    const { document, map, before } = page(`<p>${sentence.repeat(500)}</p>`);
    const spans: HighlightSpan[] = [];
    for (let k = 0; k < 500; k++) {
      const at = k * sentence.length;
      spans.push({ start: at, end: at + 4, kind: 'company', index: k }, { start: at + 13, end: at + 15, kind: 'figure', index: k });
    }
    const paint = new Map<string, string>();
    const painter = (span: HighlightSpan, pieces: readonly { node: Text; start: number; end: number }[]) => {
      const ref = `${span.kind}:${span.index}`;
      paint.set(ref, pieces.map((p) => p.node.data.slice(p.start, p.end)).join(''));
      return () => paint.delete(ref);
    };
    const { highlights, steps } = startHighlights(map, spans, { painter });
    let count = 0;
    let most = 0;
    let painted = false;
    for (const step of steps) {
      painted ||= step === 'painted';
      if (!painted) continue;
      const marked = highlights.marks.length;
      most = Math.max(most, marked - count);
      count = marked;
      // Whatever is painted paints its own words.
      for (const [ref, text] of paint) expect(text, ref).toBe(ref.startsWith('company') ? '腾讯控股' : '5%');
      expect(paint.size + highlights.marks.length).toBe(1000);
    }
    expect(most).toBeLessThanOrEqual(300);
    expect(highlights.marks.map((m) => m.textContent)).toEqual(spans.map((s) => map.text.slice(s.start, s.end)));
    highlights.remove();
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('p')!.childNodes.length).toBe(1);
  });
});
