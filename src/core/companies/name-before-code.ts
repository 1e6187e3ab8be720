import type { Span } from '../types';
import type { Doc } from '../text/doc';

const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9·&\-]/u;
const MAX_NAME = 10;
const MAX_WORDS = 4;
/**
 * Words that cannot be part of a company name written before its code: time words, verbs
 * and function words that commonly precede it in a sentence ("今天青云科技（688316）").
 */
const NOT_NAME_WORDS = new Set([
  '的', '了', '在', '是', '为', '和', '与', '及', '以及', '或', '等', '对', '将', '由', '被', '从', '向', '把', '如', '像', '其中', '包括', '例如', '比如', '其', '该', '这', '那',
  '今天', '昨天', '今日', '昨日', '明天', '日前', '近日', '目前', '当天', '此前', '随后', '同时', '此外', '另外', '而', '则', '也', '均', '都', '已', '还', '又', '更',
  '截至', '收盘', '开盘', '盘中', '午后', '早盘', '尾盘', '龙头', '个股', '概念股', '公司', '企业', '股票', '标的', '涨停', '跌停', '大涨', '大跌', '上涨', '下跌', '领涨', '领跌',
  '买入', '卖出', '增持', '减持', '持有', '关注', '推荐', '看好', '发布', '公告', '宣布', '表示', '称', '显示', '据', '根据', '记者', '报道', '消息',
]);

/** The company name written right before a code's bracket, found along word boundaries. */
export function nameBefore(doc: Doc, bracket: number): Span | null {
  let end = bracket;
  while (end > 0 && doc.norm[end - 1] === ' ') end--;
  let runStart = end;
  while (runStart > 0 && end - runStart < MAX_NAME * 2 && NAME_CHAR.test(doc.norm[runStart - 1])) runStart--;
  if (end - runStart < 2) return null;

  const cuts: number[] = [];
  for (let i = end - 1; i > runStart; i--) if (doc.isBoundary(i)) cuts.push(i);
  cuts.push(runStart);

  let start = end;
  let words = 0;
  for (const cut of cuts) {
    const word = doc.norm.slice(cut, start);
    if (NOT_NAME_WORDS.has(word) || end - cut > MAX_NAME || words === MAX_WORDS) break;
    start = cut;
    words++;
  }
  if (end - start < 2 || !/[\p{Script=Han}A-Za-z]/u.test(doc.norm.slice(start, end))) return null;
  return doc.slice(start, end);
}
