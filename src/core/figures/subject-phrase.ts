import type { Doc } from '../text/doc';

/**
 * The noun phrase a figure measures where no metric word names it, read from the sentence's
 * structure rather than from a list of metrics: the subject of the predicate the number completes
 * (上证指数收报3411.72点, 主力资金净流入约46.8亿元, 降幅超过30%), or for a count the noun its
 * measure word counts (超过2万张AI加速卡, 190亿个晶体管). Both walk whole words of the document.
 */

/** Words of the predicate between a subject and its number: verbs, adverbs and qualifiers. */
const PREDICATE = new Set([
  '已', '已经', '仍', '仍然', '则', '也', '均', '分别', '一度', '还', '只有', '只', '仅', '仅为', '共', '共有', '总计', '合计为',
  '有望', '预计', '将', '会', '能', '能够', '可', '可以', '大概', '大约', '约', '约为', '近', '超', '超过', '逾', '接近', '不足', '不到', '低于', '高于',
  '高达', '达到', '达', '到', '为', '是', '在', '至', '于', '以', '有', '突破', '维持', '保持', '降至', '升至', '增至', '跌至', '涨至',
  '降', '升', '增', '提升', '提高', '下降', '上升', '回升', '回落', '下探', '扩充', '扩大', '扩张', '放大', '缩量', '放量', '录得', '实现', '完成',
  '收报', '报收', '报', '收于', '收盘', '收', '站上', '跌破', '最高', '最低', '可达', '了', '每月', '每年', '每天', '从',
  '获得', '做到', '位列', '位居', '拟', '还将', '追加', '加上', '再', '折合', '约合', '合', '占', '约占', '首次', '设定', '下调', '上调',
  '下行', '收窄', '力争', '建成', '进一步', '刚刚', '合计', '累计', '就要', '需要', '要', '带来', '贡献', '获', '同比', '环比', '同步',
  '可能', '挑战', '收获', '设立', '计算', '按', '增长超过', '拥有',
]);

/** Words that end a subject looking back: a possessive, prepositions, conjunctions, and when or where it happened. */
const BEFORE_SUBJECT = new Set(['的', '获', '从', '比', '较', '对', '在', '于', '和', '与', '及', '或', '等', '其', '其中', '中', '向', '拟向', '由', '被', '给', '让', '使', '把', '将', '如果', '若', '部分', '截至', '据', '称', '显示', '表示']);
const TIME_WORD = /^(?:今年|去年|明年|前年|全年|当年|今日|当日|全天|当天|本周|本月|上月|上周|期末|期内|目前|此前|近日|日前|年内|年初|年底|年末|上半年|下半年|[一二三四]季度|首季|当季|本季度|月份|未来|[一二三四五六七八九十两\d]+(?:年|个月|天|周)[内来]?|[\p{Script=Han}]*(?:以来|交易日))$/u;
/** A phrase that refers back (这一比例, 该数字) names nothing itself; one after 较/比/从 is the base of a comparison. */
const REFERS_BACK = /^[这该此其]/;
const COMPARISON_BASE = new Set(['较', '比', '从', '相比', '较上', '低于', '高于']);
const DIGIT = /[0-9一二三四五六七八九十百千万亿两]/;

/** How many words and characters a subject may take. */
const MAX_WORDS = 4;
const MAX_CHARS = 10;
/** How far back before the number the predicate and subject are looked for. */
const REACH = 30;

const HAN_OR_LATIN = /^[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z0-9]*$/u;

/** The words of [from, to), each as [start, end), punctuation and spaces included as words of their own. */
function wordRanges(doc: Doc, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  for (let i = from + 1; i <= to; i++) {
    if (i === to || doc.isBoundary(i)) {
      out.push([start, i]);
      start = i;
    }
  }
  return out;
}

/**
 * The subject of the predicate ending at `offset` (where the figure's number, with its approximation
 * word, starts), within [from, offset): up to four words after the predicate's verbs and adverbs are
 * set aside, stopping at a possessive 的, a preposition, a time word or a company's name. Null where the
 * number has no subject of its own (低于市场预期的48亿欧元, a list's later item).
 */
export function subjectBefore(doc: Doc, from: number, offset: number, isCompanyEnd: (offset: number) => boolean): string | null {
  const norm = doc.norm;
  const words = wordRanges(doc, Math.max(from, offset - REACH), offset);
  let i = words.length - 1;
  // The predicate's verbs and adverbs, and a time word between them and the subject (上证指数今日收报).
  const inPredicate = (word: string) => PREDICATE.has(word) || TIME_WORD.test(word);
  while (i >= 0 && inPredicate(norm.slice(words[i][0], words[i][1]))) i--;
  let start = -1;
  const end = i >= 0 ? words[i][1] : -1;
  for (let taken = 0; i >= 0 && taken < MAX_WORDS; i--, taken++) {
    const [s, e] = words[i];
    const word = norm.slice(s, e);
    if (!HAN_OR_LATIN.test(word) || PREDICATE.has(word) || BEFORE_SUBJECT.has(word) || TIME_WORD.test(word) || isCompanyEnd(e)) break;
    // A unit of an earlier number (15个基点, 8英寸) is no subject.
    if ((s > 0 && DIGIT.test(norm[s - 1])) || (s > 1 && norm[s - 1] === '个' && DIGIT.test(norm[s - 2]))) break;
    if (end - s > MAX_CHARS) break;
    start = s;
  }
  if (start < 0 || end - start < 2) return null;
  const before = i >= 0 ? norm.slice(words[i][0], words[i][1]) : '';
  const phrase = norm.slice(start, end);
  if (REFERS_BACK.test(phrase) || COMPARISON_BASE.has(before) || /约/.test(phrase)) return null;
  return doc.text.slice(start, end);
}

/** Words that end a counted noun looking forward: what happens to it, not what it is. */
const AFTER_COUNTED = new Set([
  '的', '和', '与', '及', '或', '等', '左右', '以上', '以下', '中', '里', '其中', '共', '同比', '环比', '较', '比',
  '在', '将', '已', '于', '对', '为', '是', '被', '向', '正在', '上涨', '下跌', '涨停', '跌停', '收涨', '收跌', '上市', '参与', '参展',
  '位列', '位居', '排名', '排在', '分别',
]);

/**
 * The noun a count's measure word counts, right after it (超过2万张AI加速卡；→ AI加速卡): up to four
 * words ending where the clause ends or a function word begins. Null when no noun follows, or when the
 * words run on into a predicate this cannot tell from the noun.
 */
export function countedNounAfter(doc: Doc, end: number, clauseEnd: number): string | null {
  const norm = doc.norm;
  const words = wordRanges(doc, end, Math.min(clauseEnd, end + REACH));
  let last = -1;
  let i = 0;
  for (; i < words.length && i < MAX_WORDS; i++) {
    const word = norm.slice(words[i][0], words[i][1]);
    if (!HAN_OR_LATIN.test(word) || AFTER_COUNTED.has(word)) break;
    last = words[i][1];
  }
  const next = i < words.length ? norm.slice(words[i][0], words[i][1]) : '';
  const closed = next === '' || !HAN_OR_LATIN.test(next) || AFTER_COUNTED.has(next);
  if (last < 0 || !closed || last - end < 2 || last - end > MAX_CHARS) return null;
  return doc.text.slice(end, last);
}
