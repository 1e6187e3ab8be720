import { describe, expect, it } from 'vitest';
import { readArticle } from '../node/read-article';

const mobilePage = (initData: unknown) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title>
<script>window.initData = ${JSON.stringify(initData)};</script></head><body><div id="root"></div></body></html>`;
const URL = 'https://view.inews.qq.com/a/20250922A04EV900';
const BODY = '<p>寒武纪发布三季报，前三季度营收同比大幅增长。</p><p>公司表示，将继续加大研发投入。</p>';

describe('the mobile page (view.inews.qq.com) with its body only in window.initData', () => {
  it('reads the body from initData.content.content.text, as the 2023 page nests it', () => {
    const article = readArticle(mobilePage({ content: { title: '寒武纪三季报', src: '财注示例财经', pubtime: '2025-09-22 10:00:00', content: { text: BODY } } }), { format: 'html', url: URL });
    expect(article.text).toBe('寒武纪发布三季报，前三季度营收同比大幅增长。\n公司表示，将继续加大研发投入。');
    expect(article.title).toBe('寒武纪三季报');
  });

  it('reads it from initData.content.cnt_html as before', () => {
    const article = readArticle(mobilePage({ content: { title: '寒武纪三季报', cnt_html: BODY } }), { format: 'html', url: URL });
    expect(article.text).toContain('公司表示');
  });
});
