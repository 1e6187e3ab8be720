import type { Doc } from '../text/doc';

/** A price move right after a name, the commonest frame of a market report: 京东上涨7.91%, 收涨, 涨停, 跌幅超过3%, 领跌. */
export const PRICE_MOVE = /^(?:今日|今天|昨日|昨天|当日|早盘|午后|盘中|尾盘|全天|本周|上周|周[一二三四五]|开盘后|收盘)?(?:股价|股票|港股|美股|A股|ADR)?\s?(?:大涨|大跌|暴涨|暴跌|急涨|急跌|收涨|收跌|收高|收低|收平|高开|低开|平开|涨停|跌停|封板|领涨|领跌|跟涨|跟跌|涨超|跌超|涨逾|跌逾|涨近|跌近|涨约|跌约|涨幅|跌幅|上涨|下跌|下挫|上扬|走高|走低|走强|走弱|飙升|飙涨|重挫|拉升|翻红|翻绿|冲高|回落|反弹|创新高|创新低|涨\s?[0-9０-９]|跌\s?[0-9０-９]|[涨跌](?:了|逾|超|近|约|停|幅)|市值)/;
/** A percentage a few characters after the name, in its clause: 容大感光收获20%涨停, 江化微全天涨10.01%. */
const PERCENT_SOON = /^[^\s，。；、0-9()（）]{0,4}[0-9]+(?:\.[0-9]+)?%/;
/** A firm cited as the source of data: 据IDC统计, Canalys数据显示, TrendForce报告指出. */
const SOURCE_CITED = /^\s?(?:的)?(?:统计|数据|报告|研报|显示|预测|测算|调研|调查|研究|报道|指出|认为|估计|预计)/;
/** An abbreviation in brackets after the words it stands for (采购经理指数（PMI）): a gloss, not a company. */
function isGloss(doc: Doc, start: number, end: number): boolean {
  return /[（(]$/.test(doc.norm.slice(start - 1, start)) && /^[）)]/.test(doc.norm.slice(end, end + 1)) && /\p{Script=Han}/u.test(doc.norm[start - 2] ?? '');
}
/** Words right after a name that show it is a company: 美的集团, 小米股价, 苹果发布, 美的空调, 甲骨文云. */
const COMPANY_CUE_AFTER = new RegExp(
  '^\\s?(?:今日|今天|昨日|昨天|当日|晚间|近日|日前|此前|随后|同日|本周|上周|年内|今年)?(?:' +
    [
      '集团|公司|股份|控股|科技|电器|银行|证券|保险|财报|股价|股票|股东|市值|旗下|CEO|CFO|CTO|COO|首席|董事|总裁|副总裁|总经理|创始人|联合创始人|高管|发言人|负责人|管理层|分析师|研究员|团队|员工',
      '发布|推出|宣布|官方|方面|公告|披露|回应|表示|称|业绩|营收|收入|净利|利润|季度|年报|半年报|季报|一季|二季|三季|四季|上市|港股|美股|A股|ADR',
      '手机|汽车|电动车|新能源|空调|冰箱|洗衣机|电视机|家电|芯片|处理器|服务器|数据中心|云|大模型|模型|AI|App|APP|应用|系统|平台|生态|供应链',
      '超级工厂|工厂|门店|商城|外卖|电商|生猪|饲料|啤酒|白酒|新品|订单|出货|销量|交付|新车|车型|估值|融资|回购|分红|裁员|领投|跟投|参投|联合领投|注资|入股|持股',
      '的(?:股价|市值|营收|财报|业绩|股票|股份|股权|目标价|评级|盈利预测|创始人|CEO|董事长|总裁|高管|员工|产品|手机|汽车|新车|车型|芯片|供应链|订单|客户|业务|工厂|门店|估值|融资|投资|市场份额|份额|竞争对手|对手)',
      '[0-9A-Z]',
    ].join('|') +
    ')',
);
/** Words right before a name that show it is a company: 收购小米, 竞争对手美的, 一家特斯拉. */
const COMPANY_CUE_BEFORE = /(?:旗下|收购|入股|投资|竞争对手|对手|供应商|客户|合作伙伴|龙头|巨头|厂商|公司|企业|品牌|股东|子公司|(?:一|这|那|两|该|每|多|几|三|四|五)家)\s?$/;
/** A name followed by these is a sector, theme or index named after it, not the company: 机器人板块, 光伏概念, 稀土指数. */
const SECTOR_AFTER = /^\s?(?:板块|概念|指数|行业|产业|赛道|主题|题材|ETF|方向|产业链|上市公司)/;
/** Actions only an organisation takes, later in the same clause when the name opens it: 小米正着手搭建GPU集群. */
const ORG_ACTION = /着手|搭建|布局|推出|发布|宣布|计划|投资|收购|并购|合作|研发|进军|入局|上线|量产|交付|发力|加码|自研|组建|成立|融资|上市|裁员|招聘|签约|中标|回购|分红|营收|净利|出货|市值/;
/** Business topics that make a list of names read as a list of companies: 三星与苹果争夺手机出货量第一. */
const BUSINESS_TOPIC = /手机|芯片|出货|份额|市场|营收|收入|利润|股价|市值|财报|销量|产品|业务|客户|供应|竞争|半导体|汽车|电池|云|AI|人工智能|大模型|涨停|跌停|涨幅|跌幅|收涨|收跌|领涨|领跌|成交额|[涨跌][0-9０-９]/;
const ENUMERATION_BEFORE = /[、和与及跟同]\s?$/;
const ENUMERATION_AFTER = /^\s?(?:[、和与及跟同等]|以及)/;
const CUE_REACH = 8;
const ORG_ACTION_REACH = 14;

export interface EvidenceContext {
  doc: Doc;
  start: number;
  end: number;
  /** A stock code is written right after this mention. */
  hasCode: boolean;
  /** Another company is named unambiguously in the same sentence. */
  companyNearby: boolean;
  /** Another ambiguous company name stands in the same sentence (三星与苹果). */
  ambiguousNearby: boolean;
  /** The same company is named elsewhere in the article by an unambiguous surface. */
  namedUnambiguously: boolean;
}

/** Whether a sector, theme or index is named after this mention (机器人板块): never a company there. */
function namesSector(doc: Doc, end: number): boolean {
  return SECTOR_AFTER.test(doc.norm.slice(end, end + 6));
}

/**
 * Whether an ambiguous surface (美的, 小米, 苹果…) is used as a company name here. Word
 * segmentation has already ruled out mentions cut through a word (完美的, 小米粥, 平安夜);
 * this asks the remaining ones for positive evidence.
 */
export function supportsCompanyReading(ctx: EvidenceContext): boolean {
  if (ctx.hasCode) return true;
  const { doc, start, end } = ctx;
  if (namesSector(doc, end) || isGloss(doc, start, end)) return false;
  const clause = doc.clauseAt(start) ?? doc.slice(start, end);
  const after = doc.norm.slice(end, Math.min(clause.end, end + CUE_REACH));
  const before = doc.norm.slice(Math.max(clause.start, start - CUE_REACH), start);
  if (COMPANY_CUE_AFTER.test(after) || COMPANY_CUE_BEFORE.test(before) || PRICE_MOVE.test(after) || PERCENT_SOON.test(after)) return true;
  if (/据\s?$/.test(before) && SOURCE_CITED.test(after)) return true;
  const rest = doc.norm.slice(end, Math.min(clause.end, end + ORG_ACTION_REACH));
  if (start === clause.start && ORG_ACTION.test(rest)) return true;
  const inList = ENUMERATION_BEFORE.test(before) || ENUMERATION_AFTER.test(after);
  if (inList && listOfSectors(doc, end, clause.end)) return false;
  if (inList && ctx.companyNearby) return true;
  // A list of names sharing one price move (江化微、容大感光涨停): the move is evidence for every member.
  if (inList && listSharesPriceMove(doc, end, clause.end)) return true;
  if (inList && ctx.ambiguousNearby && BUSINESS_TOPIC.test(doc.sentenceAt(start)?.text ?? '')) return true;
  return ctx.namedUnambiguously && (ctx.companyNearby || inList);
}

/** The enumeration ends in 等板块 / 板块 / 概念: a list of sectors (人形机器人、创新药等板块). */
function listOfSectors(doc: Doc, from: number, clauseEnd: number): boolean {
  const rest = doc.norm.slice(from, Math.min(clauseEnd, from + LIST_REACH));
  const m = /^(?:\s?(?:[、和与及跟同]|以及)\s?[\p{Script=Han}A-Za-z0-9\-·]{1,8}?)*\s?(?:等(?:板块|概念|行业|赛道|领域|方向|题材|概念股)|板块|概念股?|题材)/u.exec(rest);
  return m !== null;
}

const LIST_TAIL = /^(?:\s?(?:[、和与及跟同]|以及)\s?[\p{Script=Han}A-Za-z0-9\-·*]{1,12})+\s?$/u;
const LIST_REACH = 48;

/** The enumeration this name belongs to runs on (、和与及 and names) straight into a price move. */
function listSharesPriceMove(doc: Doc, from: number, clauseEnd: number): boolean {
  const rest = doc.norm.slice(from, Math.min(clauseEnd, from + LIST_REACH));
  for (let at = 2; at < rest.length; at++) {
    if (PRICE_MOVE.test(rest.slice(at, at + 12)) && LIST_TAIL.test(rest.slice(0, at))) return true;
  }
  return false;
}

const EXCHANGE_NAME = /(?:交易所|交所|商所|Exchange|HKEX|NYSE|Nasdaq|NASDAQ)$/;
const VENUE_BEFORE = /(?:在|于|赴|登陆|登录|向|通过|转板至|转至|回归|重返|挂牌|递表|申请在)\s?$/;
const VENUE_AFTER = /^\s?(?:上市|挂牌|主板|创业板|科创板|GEM|递表|递交|IPO|披露|公告|网站|官网|数据|规定|规则|要求|审核|上市委|问询|发布的|的数据|的规定|交易)/;

/** An exchange named as the place a company lists or the source of filings (在港交所上市, 港交所披露), not as a company. */
export function namesVenue(doc: Doc, start: number, end: number): boolean {
  if (!EXCHANGE_NAME.test(doc.norm.slice(start, end))) return false;
  return VENUE_BEFORE.test(doc.norm.slice(Math.max(0, start - 6), start)) || VENUE_AFTER.test(doc.norm.slice(end, end + 6));
}
