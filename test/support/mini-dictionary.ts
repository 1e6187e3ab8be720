import type { CompanyRecord } from '../../src/core/companies/record';

/** A small dictionary for unit tests that should not depend on the bundled data. */
export const MINI_RECORDS: CompanyRecord[] = [
  { name: '腾讯控股', en: 'Tencent', aliases: ['腾讯'], brands: ['微信', '腾讯云'], codes: ['00700.HK'], industry: '互联网', listed: true },
  { name: '阿里巴巴', en: 'Alibaba', aliases: ['阿里'], brands: ['阿里云', '淘宝'], codes: ['09988.HK', 'BABA.US'], industry: '互联网', listed: true },
  { name: '京东集团', en: 'JD.com', aliases: ['京东'], codes: ['09618.HK', 'JD.US'], industry: '电商', listed: true, ambiguous: ['京东'] },
  { name: '京东方A', aliases: ['京东方', 'BOE'], codes: ['000725.SZ'], industry: '电子', listed: true },
  { name: '美的集团', aliases: ['美的'], codes: ['000333.SZ', '00300.HK'], industry: '家电', listed: true, ambiguous: ['美的'] },
  { name: '小米集团', en: 'Xiaomi', aliases: ['小米'], codes: ['01810.HK'], industry: '消费电子', listed: true, ambiguous: ['小米'] },
  { name: '英伟达', en: 'NVIDIA', aliases: ['Nvidia'], codes: ['NVDA.US'], industry: '半导体', listed: true },
  { name: 'AMD', fullName: 'Advanced Micro Devices', aliases: ['超威半导体'], codes: ['AMD.US'], industry: '半导体', listed: true },
  { name: 'Meta', aliases: ['脸书'], codes: ['META.US'], industry: '互联网', listed: true, ambiguous: ['Meta'] },
  { name: '青云科技', en: 'QingCloud', codes: ['688316.SH'], industry: '云计算', listed: true },
  { name: '华为', brands: ['华为云'], codes: [], industry: '通信', listed: false },
  { name: '中国平安', aliases: ['平安'], codes: ['601318.SH', '02318.HK'], industry: '保险', listed: true, ambiguous: ['平安'] },
];
