import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/core/analyze';
import type { Analysis, Span } from '../src/core/types';
import { qqBodyContainer, qqParagraphs } from '../src/extract/qq';
import { buildTextMap, piecesOf } from '../src/extract/text-map';
import { defaultAnalyzer } from '../src/node/engine';
import { readArticle } from '../src/node/read-article';

/**
 * Hostile and odd HTML, generated: deep nesting, huge paragraphs, thousands of tiny inline elements, text split one
 * character per element, script/style/template inside the article, zero-width and bidi controls, lone surrogates,
 * entities. The Node reader never throws anything but a clear InputError, finishes in bounded time per kilobyte,
 * and every span it reports maps back to the text it claims; the content script's text map maps every offset back
 * to the page's own text nodes.
 */
const engine = defaultAnalyzer();
const RUNS = 100;

const TEXT = ['寒武纪', '发布三季报', '营收同比增长12%', '腾讯控股（00700.HK）', '小米集团-W', '“需求远未见顶”', '他表示，', '。', '，', ' ', '  ', '\n', '\u3000', '\u200b', '\u200f', '\u202e', '\u2066', '\ufeff', '\ud800', '\udfff', '😀', '&amp;', '&lt;b&gt;', '&#x1F600;', '&nbsp;', '&#0;', 'A', '1'];
const INLINE = ['span', 'strong', 'em', 'a', 'b', 'i', 'font'];
const BLOCK = ['div', 'section', 'p', 'article', 'blockquote', 'li'];
const INERT = ['script', 'style', 'template', 'noscript', 'textarea', 'select', 'svg', 'math'];

const text = fc.array(fc.constantFrom(...TEXT), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(fc.constantFrom(...INLINE, ...BLOCK), fc.array(tie('node'), { maxLength: 4 })).map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
    fc.tuple(fc.constantFrom(...INERT), text).map(([tag, t]) => `<${tag}>${t}<p>隐藏</p></${tag}>`),
    fc.constant('<img src="x.png" alt="配图"><br>'),
  ),
}));

const deep = fc.tuple(fc.integer({ min: 200, max: 3000 }), fc.constantFrom('div', 'span'), text).map(([depth, tag, t]) => `${`<${tag}>`.repeat(depth)}${t.repeat(20)}${`</${tag}>`.repeat(depth)}`);
const charPerElement = fc.tuple(fc.constantFrom(...INLINE), fc.constantFrom('寒武纪发布三季报，营收同比增长12%。', '腾讯控股（00700.HK）收涨2.4%。'), fc.integer({ min: 1, max: 60 })).map(([tag, t, times]) =>
  [...t.repeat(times)].map((ch) => `<${tag}>${ch}</${tag}>`).join(''),
);
const huge = fc.tuple(text, fc.integer({ min: 500, max: 2500 })).map(([t, times]) => t.repeat(times));
const body = fc.array(fc.oneof({ weight: 4, arbitrary: node }, { weight: 1, arbitrary: deep }, { weight: 1, arbitrary: charPerElement }, { weight: 1, arbitrary: huge }), { minLength: 1, maxLength: 6 });

type Layout = 'qq2025' | 'qq2020' | 'generic';
const PAGE: Record<Layout, { url: string; page: (paragraphs: string[]) => string }> = {
  qq2025: {
    url: 'https://news.qq.com/rain/a/20250426A0FUZZ00',
    page: (ps) => `<!DOCTYPE html><html><head><script>window.DATA = {"media": "财注示例财经", "pubtime": "2025-04-26 10:00:00"};</script></head><body><h1>标题</h1><div class="rich_media_content">${ps.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`,
  },
  qq2020: {
    url: 'https://new.qq.com/omn/20200426/20200426A0FUZZ00.html',
    page: (ps) => `<!DOCTYPE html><html><head><script>window.DATA = {\n  "media": "财注示例财经"\n};</script></head><body><div class="qq_conent"><div class="LEFT"><h1>标题</h1><div class="content-article">${ps.map((p) => `<p class="one-p">${p}</p>`).join('')}</div></div></div><div id="Comment"></div><div class="RIGHT"></div></body></html>`,
  },
  generic: {
    url: 'https://example.com/news/1.html',
    page: (ps) => `<!DOCTYPE html><html><head><title>标题</title></head><body><nav>导航</nav><article><h1>标题</h1>${ps.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
  },
};
const page = fc.tuple(fc.constantFrom<Layout>('qq2025', 'qq2020', 'generic'), body).map(([layout, ps]) => ({ layout, url: PAGE[layout].url, html: PAGE[layout].page(ps) }));

const spans = (a: Analysis): Span[] => [...a.companies.flatMap((c) => c.mentions), ...a.codes, ...a.figures, ...a.quotes, ...a.claims];
/** A generous bound: a pathological case is minutes, not a slow second (speed itself is `npm run bench`'s business). */
const budgetMs = (html: string) => 3000 + 100 * (html.length / 1024);
const withoutSpace = (s: string) => s.replace(/\s+/g, '');

describe('any HTML page', () => {
  it('the Node reader gives an article or a clear InputError, in bounded time, and every span maps back to its text', () => {
    let read = 0;
    let refused = 0;
    fc.assert(
      fc.property(page, ({ url, html }) => {
        const started = performance.now();
        let article;
        try {
          article = readArticle(html, { format: 'html', url });
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
          refused++;
          return;
        }
        const analysis = engine.analyze(article);
        expect(performance.now() - started).toBeLessThan(budgetMs(html));
        for (const s of spans(analysis)) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(article.text.length);
          expect(article.text.slice(s.start, s.end)).toBe(s.text);
        }
        read++;
      }),
      { numRuns: RUNS },
    );
    expect(read).toBeGreaterThan(0);
    expect(refused + read).toBe(RUNS);
  }, 120_000);

  it("the content script's text map maps every stretch of the article back to the page's own text nodes", () => {
    fc.assert(
      fc.property(page.filter((p) => p.layout !== 'generic'), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), ({ html }, a, b) => {
        const { document } = parseHTML(html);
        const container = qqBodyContainer(document as unknown as Document);
        if (!container) return;
        const map = buildTextMap(qqParagraphs(container));
        const [from, to] = [Math.floor(Math.min(a, b) * map.text.length), Math.ceil(Math.max(a, b) * map.text.length)];
        const pieces = piecesOf(map, from, to);
        for (const p of pieces) {
          expect(p.start).toBeGreaterThanOrEqual(0);
          expect(p.end).toBeLessThanOrEqual(p.node.data.length);
        }
        expect(withoutSpace(pieces.map((p) => p.node.data.slice(p.start, p.end)).join(''))).toBe(withoutSpace(map.text.slice(from, to).replace(/\n/g, '')));
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
