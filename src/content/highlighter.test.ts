import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../extract/text-map';
import { applyHighlights, startHighlights } from './highlighter';
import type { HighlightSpan } from './spans';

function page(html: string) {
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div id="a">${html}</div></body></html>`);
  const paragraphs = [...document.querySelectorAll('p')] as unknown as Element[];
  return { document, map: buildTextMap(paragraphs) };
}

describe('highlighter', () => {
  it('wraps spans, nests inner ones, splits across elements, and restores the DOM exactly', () => {
    const { document, map } = page('<p>“英伟达<strong>股价</strong>上涨5%。”王超说。</p><p>腾讯控股　发布财报</p>');
    const before = document.body.innerHTML;
    const originals = [...document.querySelectorAll('p')].flatMap((p) => [...p.childNodes]);
    const text = map.text;
    const at = (s: string) => text.indexOf(s);
    const spans: HighlightSpan[] = [
      { start: at('英伟达'), end: at('。”'), kind: 'quote', index: 0 },
      { start: at('英伟达'), end: at('英伟达') + 3, kind: 'company', index: 0 },
      { start: at('5%'), end: at('5%') + 2, kind: 'figure', index: 0 },
      { start: at('腾讯控股'), end: at('腾讯控股') + 4, kind: 'company', index: 1 },
    ];
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
    const { document, map } = page('<p>腾讯控股发布财报。</p><p>“英伟达股价上涨5%。”</p><p>阿里巴巴回购股份。</p>');
    const before = document.body.innerHTML;
    const text = map.text;
    const at = (s: string) => text.indexOf(s);
    const spans: HighlightSpan[] = [
      { start: at('英伟达'), end: at('。”'), kind: 'quote', index: 0 },
      { start: at('腾讯控股'), end: at('腾讯控股') + 4, kind: 'company', index: 0 },
      { start: at('英伟达'), end: at('英伟达') + 3, kind: 'company', index: 1 },
      { start: at('阿里巴巴'), end: at('阿里巴巴') + 4, kind: 'company', index: 2 },
    ];
    const inView = document.querySelectorAll('p')[1];
    const { highlights, steps } = startHighlights(map, spans, undefined, (node) => (node.parentElement === inView ? 0 : 100));
    const order: string[] = [];
    for (const step of steps) order.push(step === 'visible' ? 'visible' : String(highlights.marks.length));
    const refs = highlights.marks.map((m) => m.getAttribute('data-caizhu-ref'));
    expect(refs).toEqual(['quote:0', 'company:1', 'company:0', 'company:2']);
    expect(order.indexOf('visible')).toBe(order.indexOf('2') + 1);
    expect(document.querySelector('caizhu-mark[data-caizhu-kind="quote"] caizhu-mark')?.textContent).toBe('英伟达');
    highlights.remove();
    expect(document.body.innerHTML).toBe(before);
  });
});
