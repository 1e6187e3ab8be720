import * as jieba from 'jieba-wasm';
import { createAnalyzer, type Analyzer } from '../../src/core/analyze';
import type { CompanyRecord } from '../../src/core/companies/record';
import { jiebaSegmenter } from '../../src/core/text/segmenter';
import { MINI_RECORDS } from './mini-dictionary';

/**
 * Companies the figure cases name, for use while the bundled data files are incomplete. Every
 * one is a real company that the bundled dictionary also lists (or will list).
 */
export const FIGURE_RECORDS: CompanyRecord[] = [
  ...MINI_RECORDS,
  { name: '贵州茅台', aliases: ['茅台'], codes: ['600519.SH'], industry: '白酒', listed: true },
  { name: '比亚迪', en: 'BYD', codes: ['002594.SZ', '01211.HK'], industry: '新能源汽车', listed: true },
  { name: '宁德时代', en: 'CATL', codes: ['300750.SZ', '03750.HK'], industry: '锂电池', listed: true },
  { name: '中际旭创', codes: ['300308.SZ'], industry: '通信', listed: true },
  { name: '新易盛', codes: ['300502.SZ'], industry: '通信', listed: true },
  { name: '寒武纪', codes: ['688256.SH'], industry: '半导体', listed: true },
  { name: '优刻得', aliases: ['UCloud'], codes: ['688158.SH'], industry: '云计算', listed: true },
  { name: '首都在线', codes: ['300846.SZ'], industry: '云计算', listed: true },
  { name: '美团', aliases: ['美团点评'], codes: ['03690.HK'], industry: '互联网', listed: true },
  { name: '拼多多', aliases: ['PDD'], codes: ['PDD.US'], industry: '电商', listed: true },
  { name: '百度', codes: ['09888.HK', 'BIDU.US'], industry: '互联网', listed: true },
  { name: '快手', codes: ['01024.HK'], industry: '互联网', listed: true },
  { name: '理想汽车', aliases: ['理想'], codes: ['02015.HK', 'LI.US'], industry: '新能源汽车', listed: true, ambiguous: ['理想'] },
  { name: '蔚来', codes: ['09866.HK', 'NIO.US'], industry: '新能源汽车', listed: true },
  { name: '中国移动', codes: ['600941.SH', '00941.HK'], industry: '通信', listed: true },
  { name: '招商银行', aliases: ['招行'], codes: ['600036.SH', '03968.HK'], industry: '银行', listed: true },
  { name: '工业富联', codes: ['601138.SH'], industry: '电子', listed: true },
  { name: '中国石油', aliases: ['中石油'], codes: ['601857.SH', '00857.HK'], industry: '石油石化', listed: true },
  { name: '五粮液', codes: ['000858.SZ'], industry: '白酒', listed: true },
  { name: '海康威视', codes: ['002415.SZ'], industry: '电子', listed: true },
  { name: '科大讯飞', codes: ['002230.SZ'], industry: '计算机', listed: true },
  { name: '苹果', en: 'Apple', codes: ['AAPL.US'], industry: '消费电子', listed: true, ambiguous: ['苹果'] },
  { name: '特斯拉', en: 'Tesla', codes: ['TSLA.US'], industry: '新能源汽车', listed: true },
  { name: '微软', en: 'Microsoft', codes: ['MSFT.US'], industry: '软件', listed: true },
  { name: '台积电', en: 'TSMC', codes: ['2330.TW', 'TSM.US'], industry: '半导体', listed: true },
  { name: '博通', en: 'Broadcom', codes: ['AVGO.US'], industry: '半导体', listed: true },
];

let local: Analyzer | null = null;

/** An engine over FIGURE_RECORDS with jieba, built once. */
export function figureAnalyzer(): Analyzer {
  return (local ??= createAnalyzer({ segmenter: jiebaSegmenter(jieba), companies: FIGURE_RECORDS }));
}

/**
 * The project engine (`defaultAnalyzer()`, bundled dictionary) once all its data files exist;
 * until then the local one above.
 */
export async function figureEngine(): Promise<{ engine: Analyzer; bundled: boolean }> {
  try {
    const { defaultAnalyzer } = await import('../../src/node/engine');
    return { engine: defaultAnalyzer(), bundled: true };
  } catch {
    return { engine: figureAnalyzer(), bundled: false };
  }
}
