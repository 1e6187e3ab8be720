import { qqPage } from './pages';

/** Articles for the live-quote tests; each names companies whose quote lines the quote server holds. Written for the project. */
export const QUOTES_A_ID = '20260526A0QUOTA0';
export const QUOTES_B_ID = '20260526A0QUOTB0';
export const QUOTES_A_URL = `http://news.qq.com/rain/a/${QUOTES_A_ID}`;
export const QUOTES_B_URL = `http://news.qq.com/rain/a/${QUOTES_B_ID}`;

const META = { media: '财注示例财经', pubtime: '2026-05-26 18:20:00', layout: 'rich' as const };

export function quoteRoutes(): Array<[string, string]> {
  return [
    [
      `news.qq.com/rain/a/${QUOTES_A_ID}`,
      qqPage({
        ...META,
        title: '消费与科技龙头分化 贵州茅台收涨 英伟达财报前走强',
        paragraphs: [
          '5月26日，A股消费板块走强，贵州茅台（600519.SH）收涨0.87%，成交额约45亿元。',
          '港股方面，腾讯控股（00700.HK）全天上涨1.29%，南向资金净买入超过10亿港元。',
          '美股盘后，英伟达（NVDA.US）公布财报前股价上涨2.07%，市场预期其数据中心收入继续增长。',
          '另据公告，平安银行（000001.SZ）因筹划重大事项今日停牌。',
        ],
      }),
    ],
    [
      `news.qq.com/rain/a/${QUOTES_B_ID}`,
      qqPage({
        ...META,
        title: '电池与芯片板块震荡 宁德时代上涨 寒武纪回落',
        paragraphs: [
          '宁德时代（300750.SZ）今日上涨2.47%，公司表示新一代电池将于年内量产。',
          '寒武纪（688256.SH）股价回落4.33%，此前一个月累计涨幅较大。',
        ],
      }),
    ],
  ];
}
