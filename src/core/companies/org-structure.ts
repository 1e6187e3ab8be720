import type { Doc } from '../text/doc';
import type { CompanyKind } from './record';

/**
 * Organisations no list holds, recognised from the shape of their name and their place in the
 * sentence: a legal name (深圳华智融科技股份有限公司, …投资合伙企业（有限合伙）), a start-up in corner
 * brackets as 36氪 writes them (「行深智能」), or a name ending in an organisation's head (…资本, …科技)
 * where an organisation acts (由…领投, …创始人, …宣布完成…融资). Later mentions of the same name, and
 * the short name an article defines (以下简称“华智融”), resolve to it.
 */
export interface StructuralOrg {
  /** The name a reporter repeats: a legal name without its place and legal suffix (华智融科技). */
  name: string;
  /** The legal name when the article writes it. */
  fullName: string | null;
  kind: CompanyKind;
  mentions: Array<{ start: number; end: number }>;
}

const LEGAL_SUFFIX = /(?:合伙企业[（(]有限合伙[）)]|[（(]有限合伙[）)]|股份有限公司|有限责任公司|集团有限公司|有限公司)/gu;
/** Heads of organisation names, longest first. */
const HEADS = ['资本', '创投', '投资', '基金', '资管', '证券', '科技', '智能', '汽车', '半导体', '机器人', '生物', '医药', '能源', '集团', '控股', '咨询', '微电子', '光电', '动力', '航天', '传感'];
const HEAD_RE = new RegExp(`(?:${[...HEADS].sort((a, b) => b.length - a.length).join('|')})`, 'gu');
const HAS_HEAD = new RegExp(HEAD_RE.source, 'u');
/** Where an organisation stands in a sentence, right after its name: it leads a round, has a founder, announces. */
const ORG_ACTION_AFTER = /^\s?(?:领投|跟投|参投|联合领投|共同领投|独家投资|超额认购|宣布|完成|已完成|获得|获|创始人|联合创始人|创始团队|CEO|首席执行官|董事长|总裁|总经理|合伙人|管理合伙人|旗下|表示|称|发布|推出|成立于|于\d{4}年成立|正式|近日|日前|此前|方面|相关负责人|是一家|是国内|是全球|为一家)/u;
/** Not companies in this product's sense: governments and their funds, regulators, exchanges, schools, institutes, associations. */
const NOT_A_COMPANY = /政府|国资|引导基金|国家|社保|大学|学院|学校|研究院|研究所|实验室|协会|学会|联合会|委员会|联盟|交易所|管理局|监管|人民银行|央行|财政|部门|医院/u;
/** Words that end a name when walking back from its head: time words, verbs, function words, determiners. */
const STOP_WORDS = new Set([
  '的', '了', '在', '是', '为', '和', '与', '及', '以及', '或', '等', '对', '将', '由', '被', '从', '向', '把', '如', '其中', '包括', '例如', '比如', '其', '该', '这', '那', '此', '这家', '该公司', '一家', '多家', '两家', '旗下', '子公司', '全资', '母公司',
  '今天', '昨天', '今日', '昨日', '日前', '近日', '目前', '此前', '随后', '同时', '此外', '另外', '而', '则', '也', '均', '都', '已', '还', '又', '更', '并', '年', '月', '日',
  '宣布', '完成', '获得', '获', '领投', '跟投', '参投', '投资', '融资', '表示', '称', '透露', '介绍', '指出', '认为', '据', '记者', '报道', '消息', '公告', '发布', '推出', '成立', '注册', '位于', '来自', '作为', '成为', '创立', '创办', '孵化',
  '一位', '一只', '一支', '某', '某家', '多位', '多只',
  '国内', '国际', '全球', '海外', '头部', '龙头', '知名', '明星', '老牌', '新兴', '早期', '初创', '创业', '公司', '企业', '机构', '投资方', '投资人', '股东', '老股东', '新股东', '本轮', '此轮', '轮',
]);
/** Name bodies that are descriptions, not names: 人工智能科技, 新能源汽车, 自动驾驶, 数字医疗. */
const GENERIC_BODY = /^(?:人工智能|新能源|自动驾驶|智能驾驶|智能|数字|数智|生物|医疗|半导体|芯片|电子|信息|网络|金融|互联网|科技|创新|产业|智慧|绿色|低碳|储能|光伏|锂电|电池|整车|造车|汽车|机器人|人形|具身|云|算力|数据|大模型|模型|AI|硬科技|高科技|新材料|材料|制造|智能制造|工业|消费|医药|医疗器械|物联网|区块链|元宇宙|新兴|相关|美元|人民币|专项|产业投资|股权投资|风险投资|私募|公募|政府投资|国有资本|战略|财务|产业资本|金融资本|社会资本|外资|中资|民营|国有|上市|未上市|其他|多个|多家|部分|海外|国内|全球|本土|头部|明星|知名|存储|国产|进口|传统|上游|下游|先进|高端|功率|模拟|车规|车载|显示|光学|通信|新型|动力|工业|用户|客户|行业|市场|商业|企业|公司)+$/u;
/** 一位, 两家, 多只: a count of things, never the start of a name. */
const QUANTIFIED = /^[一二两三四五六七八九十几多数某每各该此这那][位家只个名支款]$/u;
const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9·&]/u;
const MAX_BODY = 10;
/** Place prefixes dropped from a legal name to get the name a reporter repeats: 深圳市华智融科技有限公司 → 华智融科技. */
const PLACE_PREFIX = /^(?:北京|上海|天津|重庆|深圳|广州|杭州|南京|苏州|无锡|成都|武汉|西安|合肥|长沙|郑州|济南|青岛|宁波|厦门|福州|东莞|佛山|珠海|大连|沈阳|长春|哈尔滨|南昌|昆明|贵阳|南宁|海口|石家庄|太原|呼和浩特|兰州|西宁|银川|乌鲁木齐|拉萨|常州|嘉兴|绍兴|温州|金华|台州|南通|扬州|徐州|烟台|潍坊|泉州|中山|惠州|江门|香港|澳门|浙江|江苏|广东|山东|福建|安徽|湖北|湖南|河南|河北|四川|陕西|江西|辽宁|吉林|黑龙江|云南|贵州|广西|海南|山西|甘肃|内蒙古|新疆|西藏|宁夏|青海)(?:市|省|自治区|特别行政区)?(?:[\p{Script=Han}]{1,3}(?:区|县|新区))?/u;
const SHORT_NAME_DEFINED = /^\s?[（(]?\s?(?:以下)?简称\s?[“"「『]([^”"」』\s]{2,12})[”"」』]/u;

function walkBackName(doc: Doc, headStart: number, min: number): number | null {
  let start = headStart;
  let words = 0;
  let at = headStart;
  while (at > 0 && headStart - at < MAX_BODY + 2 && NAME_CHAR.test(doc.norm[at - 1])) at--;
  const runStart = at;
  const cuts: number[] = [];
  for (let i = headStart - 1; i > runStart; i--) if (doc.isBoundary(i)) cuts.push(i);
  cuts.push(runStart);
  for (const cut of cuts) {
    const word = doc.norm.slice(cut, start);
    if (STOP_WORDS.has(word) || QUANTIFIED.test(word) || /^[0-9]+$/.test(word) || headStart - cut > MAX_BODY || words === 5) break;
    start = cut;
    words++;
  }
  return headStart - start >= min ? start : null;
}

function kindOf(name: string): CompanyKind {
  if (/(?:资本|创投|投资|资管|基金)(?:合伙企业[（(]有限合伙[）)]|[（(]有限合伙[）)]|有限公司|管理有限公司)?$/u.test(name) || /(?:资本|创投|投资|基金)/u.test(name.slice(-6))) return 'investor';
  if (/证券/u.test(name)) return 'broker';
  if (/咨询|研究/u.test(name)) return 'research';
  return 'company';
}

/** Whether two names found for organisations are one: one is the other with more of its description (晶曜半导体 / 晶曜半导体设备). */
function sameOrganisation(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short);
}

const overlaps = (taken: Array<readonly [number, number]>, s: number, e: number) => taken.some(([ts, te]) => s < te && e > ts);

export function findStructuralOrgs(doc: Doc, taken: Array<readonly [number, number]>): StructuralOrg[] {
  const found = new Map<string, StructuralOrg>();
  const claimed: Array<readonly [number, number]> = [...taken];
  const aliasOf = new Map<string, StructuralOrg>();
  const add = (name: string, start: number, end: number, repeatAs: string[], fullName: string | null = null) => {
    if (NOT_A_COMPANY.test(fullName ?? name) || overlaps(claimed, start, end)) return;
    // One organisation under its legal name and its short name (上海晶曜半导体设备有限公司, 「晶曜半导体」).
    let org = found.get(name) ?? [...found.values()].find((o) => sameOrganisation(o.name, name));
    if (!org) found.set(name, (org = { name, fullName, kind: kindOf(fullName ?? name), mentions: [] }));
    else {
      if (fullName && !org.fullName) org.fullName = fullName;
      if (name.length < org.name.length) org.name = name;
    }
    org.mentions.push({ start, end });
    claimed.push([start, end]);
    const defined = SHORT_NAME_DEFINED.exec(doc.norm.slice(end, end + 20));
    for (const alias of [...repeatAs, ...(defined ? [defined[1]] : [])]) aliasOf.set(alias, org);
  };

  // 1. Legal names.
  for (const m of doc.norm.matchAll(LEGAL_SUFFIX)) {
    const suffixStart = m.index!;
    const start = walkBackName(doc, suffixStart, 2);
    if (start === null) continue;
    const body = doc.norm.slice(start, suffixStart);
    if (GENERIC_BODY.test(body)) continue;
    const full = doc.text.slice(start, suffixStart + m[0].length);
    const short = body.replace(PLACE_PREFIX, '');
    const name = short.length >= 2 ? short : body;
    add(name, start, suffixStart + m[0].length, short.length >= 2 && short !== body ? [short, body] : [body], full);
  }

  // 2. Corner brackets, as technology media write a start-up: 「行深智能」完成B轮融资.
  for (const m of doc.norm.matchAll(/「([\p{Script=Han}A-Za-z0-9·&]{2,12})」/gu)) {
    const name = m[1];
    const start = m.index! + 1;
    const sentence = doc.sentenceAt(start)?.text ?? '';
    const orgLike = HAS_HEAD.test(name) || /融资|投资|领投|跟投|创始人|估值|公司|企业|初创|成立/u.test(sentence);
    if (!orgLike || GENERIC_BODY.test(name)) continue;
    add(doc.text.slice(start, start + name.length), start, start + name.length, [name]);
  }

  // 3. A name with an organisation's head where an organisation acts: 北极光创投领投, 行深智能创始人.
  for (const m of doc.norm.matchAll(HEAD_RE)) {
    const headStart = m.index!;
    const end = headStart + m[0].length;
    if (!doc.isBoundary(end) || !ORG_ACTION_AFTER.test(doc.norm.slice(end, end + 8))) continue;
    const start = walkBackName(doc, headStart, 2);
    if (start === null || !doc.isBoundary(start)) continue;
    const body = doc.norm.slice(start, headStart);
    if (GENERIC_BODY.test(body) || /^[0-9A-Za-z]$/.test(body)) continue;
    add(doc.text.slice(start, end), start, end, [doc.norm.slice(start, end)]);
  }

  // Later mentions of each name and of the short names the article gives them.
  for (const [alias, org] of aliasOf) {
    for (let at = doc.norm.indexOf(alias); at >= 0; at = doc.norm.indexOf(alias, at + alias.length)) {
      const end = at + alias.length;
      if (overlaps(claimed, at, end) || !doc.isBoundary(at) || !doc.isBoundary(end)) continue;
      org.mentions.push({ start: at, end });
      claimed.push([at, end]);
    }
  }
  for (const org of found.values()) org.mentions.sort((a, b) => a.start - b.start);
  return [...found.values()];
}
