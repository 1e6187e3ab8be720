import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readGenericPage } from './read-generic-page';

describe('generic page reader', () => {
  it('finds the body paragraphs of a non-qq page and its title, leaving page chrome out', () => {
    const { document } = parseHTML(`<!DOCTYPE html><html><head><title>宁德时代发布年报_新浪财经</title><meta property="og:site_name" content="新浪财经"></head><body>
      <div class="nav"><a href="/">首页</a><a href="/stock">股票</a></div>
      <h1 class="main-title">宁德时代发布年报</h1>
      <div id="artibody"><p>宁德时代（300750.SZ）发布2024年年报，全年营收3620亿元。</p><p>公司表示，储能业务增长强劲，海外订单持续增加，全年出货量创新高。分析人士认为，随着欧洲和东南亚市场需求回暖，公司海外工厂的产能利用率有望进一步提升，毛利率也将保持在行业较高水平。</p><p>董事长曾毓群表示，公司将继续加大研发投入，推进钠离子电池和固态电池的产业化进程，同时通过技术授权等方式与海外车企开展更多合作，巩固在全球动力电池市场的领先地位。</p></div>
      <div class="footer"><p>新浪财经免责声明：本文仅供参考。</p></div></body></html>`);
    const page = readGenericPage(document as unknown as Document, 'https://finance.sina.com.cn/x.shtml');
    expect(page).not.toBeNull();
    expect(page!.article.text.split('\n')).toHaveLength(3);
    expect(page!.article.text).toContain('宁德时代（300750.SZ）');
    expect(page!.article.text).not.toContain('免责声明');
    expect(page!.article.title).toContain('宁德时代发布年报');
  });

  it('says there is no article on a page without body text', () => {
    const { document } = parseHTML('<!DOCTYPE html><html><body><div><a href="/">首页</a></div></body></html>');
    expect(readGenericPage(document as unknown as Document, 'https://example.com/')).toBeNull();
  });
});
