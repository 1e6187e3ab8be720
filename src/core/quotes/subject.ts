/**
 * The subject of a speech verb: the words between the start of its clause and the verb,
 * without leading connectives or dates and without the adverbials between subject and verb
 * (王超就此对《华夏时报》记者表示 → 王超).
 */

/** Characters that end the clause a subject stands in. */
const CLAUSE_BREAK = /[，,。！？!?；;：:\n“”「」『』、]/;
/** A subject longer than this is a clause of narration, not a speaker. */
const MAX_SUBJECT_SCAN = 56;
/** Parenthesised asides kept inside a subject (王超（文渊智库创始人）表示). */
const MAX_ASIDE = 30;

/** Stripped from the start, repeatedly: connectives, times and dates. */
const LEADING = [
  /^(?:与此同时|值得一提的是|需要指出的是|记者了解到|据了解|据悉|另据|此外|另外|同时|对此|随后|其中|然而|不过|但是|因此|所以|首先|其次|最后|此前|此后|近日|日前|目前|如今|当天|当日|同日|今年|去年|昨日|今日|昨天|今天|而且|并且|还有|也有|另有|而|但|据|在)/,
  /^(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:晚间|早间|午间|上午|下午|晚上|凌晨|盘后|晚|早)?/,
  /^周[一二三四五六日天](?:晚间|早间|上午|下午|晚)?/,
];
/** Stripped from the end, repeatedly: whom they spoke to, when and where, and adverbs. */
const TRAILING = [
  /(?:对|向|跟|告诉)[^，。；“”]{0,16}?(?:记者|媒体|笔者)$/,
  /在?接受[^，。；]{0,20}?(?:采访|专访|调研|询问|提问)时?$/,
  /在[^，。；在]{1,20}(?:上|中|时|期间|之际|现场)$/,
  /在(?:其|个人|自己的?)?(?:朋友圈|微博|微信|公众号|社交媒体|社交平台|推特|领英|内部信|全员信|公开信|致股东信|邮件|博客|[^，。；在]{0,10}平台)(?:里|中|上)?$/,
  /(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:晚间|早间|午间|盘后|晚|早)?$|(?:\d{4}年)?\d{1,2}月(?:初|中旬|下旬|上旬|底|末)?$|(?:晚间|早间|盘后|当晚|当日|同日)$/,
  /就[^，。；]{1,12}(?:问题|话题|事宜|一事)$/,
  /(?:发布|发表|发出|披露|发文|撰文)$/,
  /(?:调侃|笑称|笑着|感慨|举例|近期|回忆[^，。；]{0,16}时)$/,
  /(?:分析|综合|研究)$/,
  /(?:发布|发出|披露|发)(?:公告|声明|研报|报告)$/,
  /(?:披露|发布|公布|推出)[^，。；“”\s]{0,4}$/,
  /[（(][^（()）]{1,30}[）)]$/,
  /(?:就此事|就此|对此|则|也|还|并|亦|又|更|都|均|同样|同时|进一步|此前|曾经|曾|近日|日前|随后|再次|一再|多次|公开|明确|直言|普遍|一致|分别|最近|此后|后来|直接|特别|首先|最后|最终|已经|早前|早在|当时|坦率地|更是|则是|也曾|还曾|也在|还在|昨日|今日|昨天|今天|当天|昨晚|今晨)$/,
];

/** `s` without its leading connectives, times and dates. */
export function stripLeading(s: string): string {
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of LEADING) {
      const m = re.exec(s);
      if (m && m[0].length > 0) {
        s = s.slice(m[0].length).replace(/^[\s，,]+/, '');
        changed = true;
      }
    }
  }
  return s;
}

export interface SubjectPhrase {
  /** Start of the clause the subject stands in. */
  clauseStart: number;
  start: number;
  end: number;
  text: string;
}

/**
 * The subject phrase before the verb at `verbStart`, or null when the clause is too long to
 * have one. A clause of adverbials only (王超，文渊智库创始人，在接受采访时表示) takes its
 * subject from the clause before.
 */
export function subjectBefore(norm: string, verbStart: number): SubjectPhrase | null {
  const subject = clauseSubject(norm, verbStart);
  if (subject && subject.text === '' && subject.adverbialsOnly && /[，,]/.test(norm[subject.clauseStart - 1] ?? '')) {
    const before = clauseSubject(norm, subject.clauseStart - 1);
    if (before && before.text) return before;
  }
  return subject;
}

function clauseSubject(norm: string, verbStart: number): (SubjectPhrase & { adverbialsOnly: boolean }) | null {
  let i = verbStart - 1;
  const limit = Math.max(0, verbStart - MAX_SUBJECT_SCAN);
  for (; i >= limit; i--) {
    const ch = norm[i];
    if (ch === '）' || ch === ')') {
      const open = norm.lastIndexOf(ch === '）' ? '（' : '(', i);
      if (open >= 0 && i - open <= MAX_ASIDE) {
        i = open;
        continue;
      }
    }
    if (ch === '》') {
      const open = norm.lastIndexOf('《', i);
      if (open >= 0 && i - open <= MAX_ASIDE) {
        i = open;
        continue;
      }
    }
    if (CLAUSE_BREAK.test(ch)) break;
  }
  if (i < limit && limit > 0) return null;
  const clauseStart = i + 1;
  let start = clauseStart;
  let end = verbStart;
  while (start < end && /\s/.test(norm[start])) start++;
  let afterLeading = -1;
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of LEADING) {
      const m = re.exec(norm.slice(start, end));
      if (m && m[0].length > 0) {
        start += m[0].length;
        changed = true;
      }
    }
    if (afterLeading < 0) afterLeading = end - start;
    for (const re of TRAILING) {
      const m = re.exec(norm.slice(start, end));
      if (m && m[0].length > 0) {
        end -= m[0].length;
        changed = true;
      }
    }
    while (start < end && /[\s，,]/.test(norm[start])) start++;
    while (end > start && /\s/.test(norm[end - 1])) end--;
  }
  return { clauseStart, start, end, text: norm.slice(start, end), adverbialsOnly: afterLeading > 0 };
}
