import { readFileSync } from 'node:fs';
import { markdownToArticle } from '../../src/node/markdown';
import { hostileCases, hostilePage } from '../hostile/load';
import { hasShared, readSeed } from '../support/shared';

/** Test pages, served as real qq.com URLs by the fixture server. All text here is written for the project. */
export const SAMPLE_ID = '20250426A03KQ200';
export const SEED_ID = '20250208A078UR00';
export const SPA_NEXT_ID = '20250427A00SPA00';
/** Longer than the background analyses: the popup must say so. */
export const HUGE_ID = '20250426A0HUGE00';
export const PAINT_ID = '20250426A0PNT000';
/** A long article (≈ 40,000 characters): its highlights take a while to go in. */
export const LONG_ID = '20250426A0LONG01';

/**
 * Long articles (≈ 30,000 characters each) for the storage quota test, each at its own URL and led by a paragraph
 * naming a company of its own, so that a popup showing another tab's analysis is told apart.
 */
export const QUOTA_ARTICLES = [
  { id: '20250426A0QUOT01', lead: '澜起科技（688008.SH）发布公告称，公司将在本季度扩大内存接口芯片的产能。' },
  { id: '20250426A0QUOT02', lead: '海光信息（688041.SH）表示，服务器处理器的订单已经排到下半年。' },
  { id: '20250426A0QUOT03', lead: '浪潮信息（000977.SZ）披露，一季度液冷服务器出货量同比翻番。' },
  { id: '20250426A0QUOT04', lead: '紫光股份（000938.SZ）称，数据中心交换机的交付周期明显缩短。' },
  { id: '20250426A0QUOT05', lead: '中科曙光（603019.SH）宣布，新一代算力集群已在两地投入运行。' },
  { id: '20250426A0QUOT06', lead: '科大讯飞（002230.SZ）表示，大模型业务的收入占比继续提高。' },
] as const;
export const quotaArticleUrl = (id: string) => `http://news.qq.com/rain/a/${id}`;

/**
 * Runs in the page: when the first highlight elements go in, records how many pieces of each kind
 * the page's highlight registry paints (the CSS Custom Highlight API layer) and how many are elements.
 */
const RECORD_PAINT = `<script>
window.__caizhuPaint = null;
new MutationObserver((records, observer) => {
  if (!records.some((r) => [...r.addedNodes].some((n) => n.nodeName === 'CAIZHU-MARK'))) return;
  observer.disconnect();
  const painted = {};
  if (window.CSS && CSS.highlights) for (const [name, highlight] of CSS.highlights) painted[name.replace('caizhu-', '')] = highlight.size;
  const marked = {};
  for (const m of document.querySelectorAll('caizhu-mark')) {
    const kind = m.getAttribute('data-caizhu-kind');
    marked[kind] = (marked[kind] || 0) + 1;
  }
  window.__caizhuPaint = { painted, marked };
}).observe(document, { childList: true, subtree: true });
</script>`;

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const SAMPLE_HTML = readFileSync('assets/sample/article.html', 'utf8');

interface PageSpec {
  title: string;
  media: string;
  pubtime: string;
  paragraphs: string[];
  layout: 'rich' | 'omn' | 'mobile';
  extraHead?: string;
  extraBody?: string;
}

/** A qq.com article page in one of the site's layouts. Paragraph strings are HTML (already escaped). */
export function qqPage(spec: PageSpec): string {
  const data = JSON.stringify({ title: spec.title, media: spec.media, pubtime: spec.pubtime });
  const body =
    spec.layout === 'omn'
      ? `<div class="content-article">${spec.paragraphs.map((p) => `<p class="one-p">${p}</p>`).join('\n')}</div>`
      : spec.layout === 'mobile'
        ? `<section class="article-body" id="article">${spec.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</section>`
        : `<div class="rich_media_content">${spec.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div>`;
  const dataScript = spec.layout === 'mobile' ? `window.initData = ${JSON.stringify({ content: { title: spec.title, src: spec.media, pubtime: spec.pubtime } })};` : `window.DATA = ${data};`;
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(spec.title)}</title>
<script>${dataScript}</script>${spec.extraHead ?? ''}</head>
<body><div class="header"><a href="/">腾讯新闻</a></div>
<div class="LEFT"><h1>${escapeHtml(spec.title)}</h1>
${body}
</div>${spec.extraBody ?? ''}</body></html>`;
}

/** The sample article's paragraphs as HTML, from the bundled page. */
export function sampleParagraphs(): string[] {
  return [...SAMPLE_HTML.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]);
}

const SAMPLE_META = { title: 'AI算力需求持续高涨 中际旭创、工业富联一季度业绩大增', media: '财注示例财经', pubtime: '2025-04-26 20:15:32' };

export function seedPage(): string | null {
  if (!hasShared) return null;
  const { markdown, expected } = readSeed();
  const article = markdownToArticle(markdown);
  return qqPage({
    title: expected.article.title,
    media: expected.article.source,
    pubtime: expected.article.published,
    paragraphs: article.text.split('\n').map(escapeHtml),
    layout: 'rich',
  });
}

const HOME = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>腾讯新闻</title></head>
<body><div class="nav"><a href="/ch/tech">科技</a></div><ul class="list">
<li><a href="/rain/a/${SAMPLE_ID}">中际旭创、工业富联一季度业绩大增</a><p>英伟达、腾讯控股与阿里巴巴的最新动态。青云科技（688316.SH）股价大涨。</p></li>
<li><a href="/rain/a/20250425A01ABC00">光模块板块走强，中际旭创涨超5%</a><p>小米集团发布新品，宁德时代营收增长。</p></li>
</ul></body></html>`;

const HOSTILE_PARAGRAPHS = [
  '腾讯控股（00700.HK）今日公告称，&lt;img src=x onerror="window.__caizhuPwned=1"&gt; 并非公司名称。',
  '英伟达股价上涨5%，&lt;script&gt;window.__caizhuPwned=2&lt;/script&gt;阿里巴巴同日发布财报。',
  '“我们看好AI算力的长期需求。”华泰证券分析师张明远表示，&lt;b onmouseover=alert(1)&gt;小米集团&lt;/b&gt;也在加码。',
];
const HOSTILE_CSS = `<style>
* { all: unset !important; }
caizhu-mark, caizhu-tooltip { display: none !important; color: red !important; }
div, span, p { color: #f0f !important; background: #0f0 !important; font-size: 40px !important; }
</style>`;

/** The in-page navigation test: clicking the link swaps the article in place and pushes the new URL. */
const SPA_SCRIPT = `<script>
document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-spa]');
  if (!a) return;
  e.preventDefault();
  history.pushState({}, '', a.getAttribute('href'));
  const old = document.querySelector('.rich_media_content');
  const next = document.createElement('div');
  next.className = 'rich_media_content';
  next.innerHTML = '<p>宁德时代（300750.SZ）发布公告称，公司一季度营收同比增长。</p><p>比亚迪与特斯拉的竞争仍在继续。</p>';
  old.replaceWith(next);
  document.querySelector('h1').textContent = '宁德时代一季度营收增长';
});
</script>`;

/** The paragraphs over and over, until they hold at least `chars` characters. */
function repeatedTo(paragraphs: readonly string[], chars: number): string[] {
  const out: string[] = [];
  for (let length = 0; length < chars; ) {
    const p = paragraphs[out.length % paragraphs.length];
    out.push(p);
    length += p.length;
  }
  return out;
}

/** Routes of the fixture server: host + path → page HTML. */
export function routes(): Map<string, string> {
  const paragraphs = sampleParagraphs();
  const split = paragraphs.map((p) => p.replace('工业富联（601138.SH）', '<strong>工业</strong>富联（601138.SH）'));
  const map = new Map<string, string>([
    [`news.qq.com/rain/a/${SAMPLE_ID}`, SAMPLE_HTML],
    [`new.qq.com/rain/a/${SAMPLE_ID}`, qqPage({ ...SAMPLE_META, paragraphs: split, layout: 'rich' })],
    [`new.qq.com/omn/20250426/${SAMPLE_ID}.html`, qqPage({ ...SAMPLE_META, paragraphs, layout: 'omn' })],
    [`view.inews.qq.com/a/${SAMPLE_ID}`, qqPage({ ...SAMPLE_META, paragraphs, layout: 'mobile' })],
    ['news.qq.com/', HOME],
    ['news.qq.com/ch/tech', HOME.replace('<title>腾讯新闻</title>', '<title>科技频道</title>')],
    [`new.qq.com/rain/a/${PAINT_ID}`, qqPage({ ...SAMPLE_META, paragraphs, layout: 'rich', extraHead: RECORD_PAINT })],
    ['new.qq.com/rain/a/20250426A0HOST00', qqPage({ ...SAMPLE_META, paragraphs: HOSTILE_PARAGRAPHS, layout: 'rich', extraHead: HOSTILE_CSS })],
    [
      'news.qq.com/rain/a/20250426A0SPA000',
      qqPage({ ...SAMPLE_META, paragraphs, layout: 'rich', extraBody: `<p class="nav"><a data-spa href="/rain/a/${SPA_NEXT_ID}">下一篇</a></p>${SPA_SCRIPT}` }),
    ],
  ]);
  map.set(
    'finance.sina.com.cn/stock/relnews/cn/2025-04-26/doc-caizhu0001.shtml',
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>宁德时代一季度营收增长_新浪财经</title></head><body>
<div class="top-nav"><a href="/">新浪首页</a> <a href="/stock/">股票</a></div><h1 class="main-title">宁德时代一季度营收增长</h1>
<div class="article" id="artibody">${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div><div class="footer"><p>新浪财经免责声明</p></div></body></html>`,
  );
  map.set(`news.qq.com/rain/a/${LONG_ID}`, qqPage({ ...SAMPLE_META, paragraphs: repeatedTo(paragraphs, 40_000), layout: 'rich' }));
  map.set(`news.qq.com/rain/a/${HUGE_ID}`, qqPage({ ...SAMPLE_META, paragraphs: repeatedTo(paragraphs, 320_000), layout: 'rich' }));
  for (const c of hostileCases()) map.set(c.path, hostilePage(c.page));
  QUOTA_ARTICLES.forEach(({ id, lead }, i) =>
    map.set(`news.qq.com/rain/a/${id}`, qqPage({ ...SAMPLE_META, title: `${SAMPLE_META.title}（第${i + 1}篇）`, paragraphs: [escapeHtml(lead), ...repeatedTo(paragraphs, 30_000)], layout: 'rich' })),
  );
  const seed = seedPage();
  if (seed) map.set(`new.qq.com/rain/a/${SEED_ID}`, seed);
  return map;
}
