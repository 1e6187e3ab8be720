import type { Doc } from '../text/doc';

/** Words right after a name that show it is a company: 美的集团, 小米股价, 苹果发布, 美的空调, 甲骨文云. */
const COMPANY_CUE_AFTER = new RegExp(
  '^(?:' +
    [
      '集团|公司|股份|控股|科技|电器|银行|证券|保险|财报|股价|股票|股东|市值|旗下|CEO|首席|董事|总裁|总经理|创始人|高管',
      '发布|推出|宣布|官方|方面|业绩|营收|收入|净利|利润|季度|年报|半年报|季报|一季|二季|三季|四季|上市|港股|美股|A股',
      '手机|汽车|电动车|新能源|空调|冰箱|洗衣机|电视机|家电|芯片|处理器|服务器|数据中心|云|大模型|模型|AI|App|APP|应用|系统|平台|生态|供应链',
      '超级工厂|工厂|门店|商城|外卖|电商|生猪|饲料|啤酒|白酒|新品|订单|出货|销量|交付',
      '的(?:股价|市值|营收|财报|业绩|股票|创始人|CEO|董事长|产品|手机|汽车)',
      '[0-9A-Z]',
    ].join('|') +
    ')',
);
/** Words right before a name that show it is a company: 收购小米, 竞争对手美的. */
const COMPANY_CUE_BEFORE = /(?:旗下|收购|入股|投资|竞争对手|对手|供应商|客户|合作伙伴|龙头|巨头|厂商|公司|企业|品牌|股东|子公司)$/;
/** Actions only an organisation takes, later in the same clause when the name opens it: 小米正着手搭建GPU集群. */
const ORG_ACTION = /着手|搭建|布局|推出|发布|宣布|计划|投资|收购|并购|合作|研发|进军|入局|上线|量产|交付|发力|加码|自研|组建|成立|融资|上市|裁员|招聘|签约|中标|回购|分红|营收|净利|出货|市值/;
/** Business topics that make a list of names read as a list of companies: 三星与苹果争夺手机出货量第一. */
const BUSINESS_TOPIC = /手机|芯片|出货|份额|市场|营收|收入|利润|股价|市值|财报|销量|产品|业务|客户|供应|竞争|半导体|汽车|电池|云|AI|人工智能|大模型/;
const ENUMERATION_BEFORE = /[、和与及跟同]$/;
const ENUMERATION_AFTER = /^(?:[、和与及跟同等]|以及)/;
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

/**
 * Whether an ambiguous surface (美的, 小米, 苹果…) is used as a company name here. Word
 * segmentation has already ruled out mentions cut through a word (完美的, 小米粥, 平安夜);
 * this asks the remaining ones for positive evidence.
 */
export function supportsCompanyReading(ctx: EvidenceContext): boolean {
  if (ctx.hasCode) return true;
  const { doc, start, end } = ctx;
  const clause = doc.clauseAt(start) ?? doc.slice(start, end);
  const after = doc.norm.slice(end, Math.min(clause.end, end + CUE_REACH));
  const before = doc.norm.slice(Math.max(clause.start, start - CUE_REACH), start);
  if (COMPANY_CUE_AFTER.test(after) || COMPANY_CUE_BEFORE.test(before)) return true;
  const rest = doc.norm.slice(end, Math.min(clause.end, end + ORG_ACTION_REACH));
  if (start === clause.start && ORG_ACTION.test(rest)) return true;
  const inList = ENUMERATION_BEFORE.test(before) || ENUMERATION_AFTER.test(after);
  if (inList && ctx.companyNearby) return true;
  if (inList && ctx.ambiguousNearby && BUSINESS_TOPIC.test(doc.sentenceAt(start)?.text ?? '')) return true;
  return ctx.namedUnambiguously && (ctx.companyNearby || inList);
}
