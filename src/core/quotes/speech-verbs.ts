/** Verbs that introduce what someone said (表示, 指出, 认为, 称…), found in one pass. */

/** Longest first so 声称 wins over 称 and 说道 over 说. */
const SPEECH_VERBS = [
  // X的看法是，… : the words are X's view (before 判断, 回答… so that the longer form wins).
  '的看法是', '的观点是', '的总结是', '的回答是', '的判断是', '的解释是',
  '告诉', '表示', '指出', '认为', '透露', '坦言', '强调', '提到', '提及', '介绍', '坦承', '坦陈', '直言', '说道',
  '声称', '宣称', '回应', '回复', '答复', '解释', '补充', '谈到', '谈及', '分析', '判断', '提醒', '建议', '看来', '相信', '预计',
  '预期', '预测', '披露', '宣布', '重申', '提示', '感慨', '感叹', '笑称', '写道', '回忆', '断言', '断定', '提出', '测算', '承认', '公告', '预案', '方案', '称', '说',
];
/** Verbs that make a forecast as much as they report one: no statement without a speaker. */
export const FORECAST_VERBS = new Set(['预计', '预期', '预测']);
/** Verbs whose reported words are the speaker's own assessment. */
export const OPINION_VERBS = new Set(['认为', '看来', '判断', '相信']);
/** Verbs that need their own subject; they never make an unnamed statement either. */
const NEEDS_SPEAKER = new Set([...FORECAST_VERBS, '测算', '承认', '公告', '预案', '方案', '的看法是', '的观点是', '的总结是', '的回答是', '的判断是', '的解释是', '宣布', '重申', '提示', '看来', '相信', '分析', '判断', '介绍', '建议', '回复', '答复', '补充']);

/** Characters after a verb that the checks look at (enough for 告诉《…》记者). */
const LOOKAHEAD = 26;

const VERB_PATTERN = new RegExp(SPEECH_VERBS.join('|'), 'g');

/** A verb followed by 了/过/着 narrates an act (介绍了新产品), by 的 it qualifies a noun (披露的数据): no words follow. */
const ASPECT_AFTER = /^[了过着的]/;
/** The verb is part of a longer word: 被认为, 可以说, 堪称, 来说, 作出回复… */
const BAD_BEFORE: Record<string, RegExp> = {
  称: /[堪号名简俗被统并昵职对相著人指可声宣自通总尊爱谦改戏美别旧]$/,
  说: /[来据以是话如再听虽难演游解传劝小胡学言好么别用]$/,
  认为: /被$/,
  分析: /[的行]$|数据$/,
  回复: /(?:给出|作出|做出|未|予以|没有)$/,
  回应: /(?:给出|作出|做出|未|予以|没有|积极)$/,
  答复: /(?:给出|作出|做出|未|予以)$/,
  建议: /[的条项]$/,
  介绍: /据$/,
  公告: /[的该此本]$/,
  // A plan made public (披露定增预案，拟…, 公布回购方案，拟…) is the company's announcement; any other 预案/方案 is a noun.
  预案: /(?<!(?:披露|发布|公布|推出)[^，。；“”\s]{0,4})$/,
  方案: /(?<!(?:披露|发布|公布|推出)[^，。；“”\s]{0,4})$/,
  提出: /[被所]$/,
};
const BAD_AFTER: Record<string, RegExp> = {
  称: /^(?:为|之|作|号|赞|呼|霸|道|谓|职|心|雄|得上|量|重|病)/,
  // 说得很直白：“…” reports words too.
  说: /^(?![，,：:“「。\s]|道|得[^，。；“”]{1,6}[：:，,])/,
  分析: /^(?:师|人士|认为|指出|称|显示|报告|框架)/,
  判断: /^(?:力|标准|依据)/,
  建议: /^(?![，,：:])/,
  看来: /^(?![，,])/,
  相信: /^(?:度|的)/,
  // These introduce words only after a comma or colon (宣布，… but 宣布新增回购, 披露业绩快报).
  的看法是: /^(?![，,：:])/,
  的观点是: /^(?![，,：:])/,
  的总结是: /^(?![，,：:])/,
  的回答是: /^(?![，,：:])/,
  的判断是: /^(?![，,：:])/,
  的解释是: /^(?![，,：:])/,
  宣布: /^(?![，,：:]|计划|将|拟)/,
  披露: /^(?![，,：:])/,
  重申: /^(?![，,：:])/,
  提示: /^(?![，,：:])/,
  // 提出，… / 提出：“…” reports words; 提出新方案 names what was put forward.
  // 提出到2027年… : a target set out, the body's words.
  提出: /^(?![，,：:]|到20\d\d年)/,
  回忆: /^(?!道|说|称|[，,：:])/,
  断定: /^(?![，,：:])/,
  告诉: /^(?!(?:《[^》\n]{1,20}》|本报|本刊)?记者|我|笔者|作者)/,
  测算: /^(?![，,：:])/,
  承认: /^(?![，,：:])/,
  // 公告，拟… : the company announcing its plan; 公告显示 / 公告称 are read elsewhere.
  公告: /^(?![，,：:])/,
  // …方案，提出… : the verb after it reports the words.
  预案: /^(?![，,：:])|^[，,](?:提出|明确|要求|指出|表示|称)/,
  方案: /^(?![，,：:])|^[，,](?:提出|明确|要求|指出|表示|称)/,
};
/** Whom a speaker tells (告诉《华夏时报》记者): skipped before the reported words. */
export const RECIPIENT = /^(?:(?:《[^》\n]{1,20}》|本报|本刊)?记者|我|笔者|作者)/;

export interface VerbHit {
  start: number;
  end: number;
  verb: string;
  /** May make a statement with no identifiable speaker (业内人士表示…). */
  allowsUnnamed: boolean;
}

/** Every speech verb in `norm` standing as a verb, in text order. */
export function findSpeechVerbs(norm: string): VerbHit[] {
  const out: VerbHit[] = [];
  VERB_PATTERN.lastIndex = 0;
  for (let m = VERB_PATTERN.exec(norm); m; m = VERB_PATTERN.exec(norm)) {
    const verb = m[0];
    const start = m.index;
    const end = start + verb.length;
    const before = norm.slice(Math.max(0, start - 4), start);
    const after = norm.slice(end, end + LOOKAHEAD);
    if (ASPECT_AFTER.test(after)) continue;
    if (BAD_BEFORE[verb]?.test(before) || BAD_AFTER[verb]?.test(after)) continue;
    out.push({ start, end, verb, allowsUnnamed: !NEEDS_SPEAKER.has(verb) });
  }
  return out;
}
