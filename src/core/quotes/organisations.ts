/** Organisation phrases: who may speak as an organisation, and words that refer back to one. */

/** Endings that make a phrase an organisation (文渊智库, 华泰证券, 北京大学…). */
const ORG_SUFFIXES = [
  '智库', '研究院', '研究所', '研究中心', '研究会', '实验室', '证券', '基金', '基金会', '银行', '协会', '学会', '商会', '联盟', '大学', '学院',
  '公司', '集团', '资本', '咨询', '事务所', '委员会', '交易所', '控股', '股份', '科技', '投资', '资管', '期货', '保险', '信托', '创投',
  '评级', '顾问', '律所', '工信部', '发改委', '统计局', '央行', '证监会', '交易商', '国际', '中国',
];
/** Shortest and longest organisation phrase accepted without the company dictionary. */
const ORG_MIN = 3;
const ORG_MAX = 20;
/** Words after an organisation that make it the speaker (华为方面表示, 青云科技公告称). */
export const ORG_VOICE_SUFFIX = /(?:(?:策略|研究|分析师|宏观|行业)?团队|方面|官方|公告|官微|声明|研报|报告|研究报告|财报|年报|回复函|问询函回复|在回复中|在公告中)$/;
/** Words that refer back to the company last named (该公司表示, 公司称). */
export const COMPANY_REFERENCE = /^(?:该公司|公司|这家公司|上述公司|该企业|这家企业|该集团|集团|公司方面|该公司方面|公司官方|(?:公司|该公司)?管理层|管理团队|公司高层|(?:公司)?(?:财报|年报|季报|中报|业绩公告|公告))$/;
/** Words that refer back to the organisation last named, dictionary or not. */
export const ORG_REFERENCE = /^(?:该机构|这家机构|该智库|该研究院|该行|该券商)$/;
/** The report last mentioned speaks for the institution that published it (研报指出, 报告预计). */
export const REPORT_REFERENCE = /^(?:该|上述|这份|此份|该份)?(?:研究报告|研报|报告)$/;

const ORG_CHARS = /^[\p{Script=Han}A-Za-z0-9&·.\- ]+$/u;
const ORG_SUFFIX_AT_END = new RegExp(`(?:${ORG_SUFFIXES.join('|')})$`);

/**
 * Government bodies by their form: a ministry, administration or commission of the state (国家能源局,
 * 工业和信息化部) or of a province or city (上海市经信委), and the central bank.
 */
const GOVERNMENT_ORG =
  /^(?:国务院|中国人民银行|人民银行|央行|工信部|发改委|国家发改委|证监会|银保监会|国资委|网信办|外汇局|统计局|能源局|金融监管总局|市场监管总局|(?:国家|中国|国务院)[\p{Script=Han}]{1,10}(?:部|局|委员会|委|署|办公室|总局)|(?:工业和信息化|财政|商务|教育|科学技术|科技|自然资源|生态环境|住房和城乡建设|交通运输|水利|农业农村|文化和旅游|人力资源和社会保障|民政|司法|外交|公安|应急管理|审计|海关总署|税务|市场监管)[部署局]?|[\p{Script=Han}]{2,4}(?:省|市|自治区)[\p{Script=Han}]{1,8}(?:厅|局|委|委员会|办公室))$/u;

/** Whether `phrase` names an organisation by its form (ends in 智库, 证券, 银行…, or a government body's). */
export function isOrgPhrase(phrase: string): boolean {
  if (phrase.length >= 2 && phrase.length <= ORG_MAX && GOVERNMENT_ORG.test(phrase)) return true;
  return phrase.length >= ORG_MIN && phrase.length <= ORG_MAX && ORG_CHARS.test(phrase) && ORG_SUFFIX_AT_END.test(phrase);
}

/** The government body a phrase opens with (国家能源局印发…), or null. */
export function governmentOpening(phrase: string): string | null {
  for (let len = Math.min(ORG_MAX, phrase.length); len >= 2; len--) if (GOVERNMENT_ORG.test(phrase.slice(0, len))) return phrase.slice(0, len);
  return null;
}

/** Whether `phrase` can stand as a person's affiliation before a title (文渊智库, Gartner). */
export function isAffiliation(phrase: string): boolean {
  return phrase.length >= 2 && phrase.length <= ORG_MAX && ORG_CHARS.test(phrase);
}

/** A research team's sector written between its firm and a title (招商证券汽车首席分析师, 天风证券电子行业首席分析师). */
const SECTOR_AT_END =
  /(?:汽车|电子|计算机|通信|传媒|医药|生物医药|机械|化工|电新|电力设备|新能源|有色|钢铁|煤炭|军工|家电|建材|食品饮料|农业|银行|非银|金融|地产|房地产|交运|公用事业|环保|纺服|轻工|商贸|社服|美容护理|宏观|策略|固收|金工|海外|科技|半导体|消费|互联网)(?:行业)?(?:研究)?$/;

/**
 * The firm of an affiliation written with its sector (招商证券汽车 → 招商证券, 国泰海通计算机 → 国泰海通): what
 * remains must be a firm by its form or one `isFirm` knows (it is asked with the remainder's length).
 */
export function withoutSector(phrase: string, isFirm: (length: number) => boolean = () => false): string {
  const sector = SECTOR_AT_END.exec(phrase);
  if (!sector || sector.index < 2) return phrase;
  const firm = phrase.slice(0, sector.index);
  return isOrgPhrase(firm) || isFirm(firm.length) ? firm : phrase;
}
