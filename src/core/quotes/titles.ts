/** Job titles that stand between an organisation and a person's name (青云科技市场总监王玉圆). */

const BASE_TITLES = [
  '董事长', '副董事长', '董事局主席', '董事会主席', '总经理', '副总经理', '总裁', '副总裁', '高级副总裁', '执行副总裁', '执行总裁',
  'CEO', 'CFO', 'CTO', 'COO', 'CMO', '首席执行官', '首席财务官', '首席技术官', '首席运营官', '首席信息官', '首席营销官',
  '首席经济学家', '经济学家', '首席分析师', '分析师', '首席策略师', '策略师', '首席投资官', '首席科学家', '科学家',
  '创始人', '联合创始人', '创始合伙人', '合伙人', '管理合伙人', '执行董事', '独立董事', '董事会秘书', '董秘', '董事',
  '总监', '研究总监', '投资总监', '研究员', '高级研究员', '首席研究员', '特约研究员', '院长', '副院长', '执行院长', '所长', '副所长',
  '秘书长', '副秘书长', '会长', '副会长', '理事长', '副理事长', '主任', '副主任', '负责人', '相关负责人', '发言人', '新闻发言人',
  '总工程师', '首席专家', '教授', '副教授', '研究生导师', '博士生导师', '基金经理', '投资经理', '经理', '主席', '副主席',
  '行长', '副行长', '局长', '副局长', '部长', '副部长', '主管', '高管', '总编辑', '主编', '首席代表', '总代表', '掌门人',
  '实际控制人', '实控人', '总架构师', '架构师', '产品经理',
];
/** Departments that make a title of 总监 / 经理 / 负责人 (市场总监, 研发负责人). */
const DEPARTMENTS = ['市场', '技术', '产品', '研发', '销售', '运营', '财务', '品牌', '公关', '战略', '业务', '数据', '投资', '投研', '证券', '渠道', '海外', '国际', '区域', '大客户', '生态', '云计算', '算力', 'AI'];
const DEPARTMENT_ROLES = ['总监', '经理', '负责人', '主管', '副总裁', '总经理'];

/** Titles that speak for their organisation rather than as a person. */
export const SPOKESPERSON_TITLES = new Set(['发言人', '新闻发言人', '相关负责人', '负责人']);

export const TITLES: readonly string[] = [
  ...new Set([...BASE_TITLES, ...DEPARTMENTS.flatMap((d) => DEPARTMENT_ROLES.map((r) => d + r))]),
].sort((a, b) => b.length - a.length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Chief officers of any function (首席商务官, 首席人工智能官, 首席战略官), beside the listed ones. */
const CHIEF_OFFICER = '首席[\\u4e00-\\u9fff]{1,5}?官';
const ONE_TITLE = `(?:${TITLES.map(escape).join('|')}|${CHIEF_OFFICER})`;
/** One or more titles joined by 兼 / 、 (董事长兼CEO). */
const TITLE_CHAIN = `${ONE_TITLE}(?:(?:兼|、)${ONE_TITLE})*`;
/** Every title occurrence in a text (global, for one linear scan). */
export const TITLE_PATTERN = new RegExp(TITLE_CHAIN, 'g');
const TITLE_AT_END = new RegExp(`${TITLE_CHAIN}$`);

/** The title (chain) `phrase` ends with, or null. */
export function titleAtEnd(phrase: string): string | null {
  const m = TITLE_AT_END.exec(phrase);
  return m ? m[0] : null;
}
