import { describe, expect, it } from 'vitest';
import { readArticle } from '../node/read-article';

const PARAGRAPHS = ['寒武纪发布三季报，营收同比增长12%，净利润扭亏为盈。'.repeat(8), '公司表示将继续加大研发投入。'.repeat(6)];
const nested = (depth: number, inner: string) => `${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}`;
const page = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>深层页面</title></head><body><h1>深层页面</h1>${body}</body></html>`;

describe('pages of any depth', () => {
  it('reads an article 5,000 elements deep (Readability is not run past its limits; the densest paragraphs are)', () => {
    const html = page(nested(5000, PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')));
    const article = readArticle(html, { format: 'html', url: 'https://example.com/a.html' });
    expect(article.text).toBe(PARAGRAPHS.join('\n'));
    expect(article.title).toBe('深层页面');
  });

  it('maps text nested 20,000 deep inside one qq.com paragraph without recursion', () => {
    const html = `<!DOCTYPE html><html><head><script>window.DATA = {"media": "财注示例财经", "pubtime": "2025-04-26 10:00:00"};</script></head><body><h1>标题</h1><div class="rich_media_content"><p>${'<span>'.repeat(20_000)}${PARAGRAPHS[0]}${'</span>'.repeat(20_000)}</p></div></body></html>`;
    const article = readArticle(html, { format: 'html', url: 'https://news.qq.com/rain/a/20250426A0DEEP00' });
    expect(article.text).toBe(PARAGRAPHS[0]);
  });
});
