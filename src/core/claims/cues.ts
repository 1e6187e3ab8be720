import type { ClaimType } from '../types';

/**
 * The words that make a clause a claim, by type. Each list is one regex so a clause is
 * read once per type. Plain narration (发布了财报, 股价上涨了5%) carries none of them.
 */

/**
 * Statements about the future. 预期 after 超出/低于/符合… compares results, and 预期/预测
 * as a noun (上调了全年预期) ends its clause: neither forecasts anything.
 */
const FORECAST =
  /将会|将要|将在|将继续|将持续|将进一步|将推动|将带来|将成为|将迎来|将保持|将达到|将实现|将有|将是|将受益|将呈现|将扩大|将加速|将逐步|将大幅|将面临|将吸引|将提升|将增长|将下降|将上涨|将下跌|将进入|将出现|将维持|将回升|将超过|将突破|将增加|将减少|将带动|将为|将使|将如同|将深度|将获得|将不再|将很快|将重塑|将改变|将影响|将引发|将导致|将得到|将逐渐|将迎|将明显|将显著|将有所|将逐渐|将全面|将陆续|将重新|将更加|将更多|将从|将对|将决定|将在|有望|或将|势必|料将|终将|必将|预计|(?<!超出?|低于|高于|符合|不及|好于|市场|此前|全年|的)预期(?![，。；,;！？]|$)|(?<!的)预测(?![，。；,;！？]|市盈率|PE|$)|可能会|(?<![不有])可能(?!性|仍|还|已|是|只|在于)|很可能|大概率|仍会|还会|也会|都会|会继续|会持续|会进一步|(?<!会)不会|今明两年|未来[^，。；会将]{0,8}(?:将|会)(?!不)/;
/** Forecast words that outweigh a judgement in the same clause. */
const STRONG_FORECAST = /将|有望|预计|预期|料将|势必|大概率|今明两年/;
/** Scheduled events (将于3月召开…), 将…作为 (= 把…作为) and open questions (会不会) forecast nothing. */
const NOT_FORECAST = /会不会|能不能|是否|目标价|(?<!预期|预测)评级|(?:将|预计)(?:于|在)[^，。；]{0,20}(?:举行|召开|举办|开幕|发布|亮相|开售|上线|开业|公布|披露|交付|上市|挂牌|掛牌|缴款|招股)|将[^，。；]{1,20}(?:作为|视为|当作|列为)/;
/** Explanations of why something happened. */
const CAUSAL =
  /得益于|受益于|受[^，。；]{1,15}影响|由于|导致|主要因为|主要是因为|是因为|因为|源于|带动|归因于|归功于|原因是|原因在于|主要原因|受制于|拖累|驱动下|推动下|所致|决定了|使得|受惠|由於|主要系|驱动力|推动因素|拉动因素|增长动力|(?:背后|根源)[，,]?(?:是|在于)|这也是为什么|出在|凭借|推高了|压低了|降低了[^，。；]{0,12}(?:门槛|成本|风险)|为[^，。；]{1,20}提供了(?:空间|机会|窗口|基础)|帮助[^，。；]{1,20}(?:跨过|实现|摆脱)|让[^，。；]{1,20}(?:得以|能够|有能力|成为|未能|开始|趋紧)/;
/** Judgements a reader should weigh: scarcity, over-supply, valuation, resilience… */
const ASSESSMENT =
  /远未|稀缺|短缺|紧张|过剩|高估|低估|韧性|坚实|泡沫|印证|意味着|无疑|双赢|共赢|零和|拐点|瓶颈|不确定性|承压|乐观|悲观|潜力|前景|空间巨大|护城河|快速扩张|爆发式增长|高速增长|供不应求|供过于求|仍需时日|初期阶段|起步阶段|尚处于|仍处于|必然|注定|显著|核心竞争力|领先|落后|优势|利好|利空|不容忽视|不可忽视|至关重要|举足轻重|大势所趋|难以|有限|偏高|偏低|严峻|激烈|饱和|红利|景气度|防御价值|安全边际|不确定|旺盛|偏弱|不足|薄弱|短板|差距|正在(?:加剧|加大|改善|恶化|迎来|占据|重塑|经历)|正面临/;
/** Company guidance: 预计/预期… followed by a financial metric and a number. */
const GUIDANCE = /(?:预计|预期|指引|目标为|计划实现)[^。；]{0,30}?(?:营收|营业收入|收入|净利润|利润|亏损|减亏|扣非|毛利|业绩|出货量|销量|交付量|归属于|归母|每股收益|营业额)[^。；]*?\d/;
/** A causal cue opening its clause explains the clause before it (股价大涨，得益于…). */
export const CAUSE_OPENS_CLAUSE = /^(?:一方面|另一方面|主要|这)?(?:得益于|受益于|由于|源于|归因于|归功于|主要因为|因为|受)/;

/**
 * Who is speaking, for guidance: research houses, brokers and think tanks forecast other
 * companies; any other organisation speaks for itself.
 */
export const ANALYST_ORG = /证券|中金|中信建投|摩根|高盛|瑞银|花旗|野村|美银|汇丰研究|研究|智库|咨询|评级|基金|资本|资产管理|投资者|联席会|统计局|协会|学会|大学|学院/;
/** Titles of people who speak for their own company's plans. */
export const EXECUTIVE = /董事长|首席执行官|CEO|总裁|首席财务官|CFO|财务总监|董事会秘书|董秘|总经理|创始人|联合创始人|高管|负责人|发言人/;
/** A company's own plans and outlook: targets, plans and operations rather than the market around it. */
export const OWN_OUTLOOK = /公司|我们|本公司|集团|目标|计划|拟|力争|争取|指引|回购|投产|产能|推出|投入|研发|出货|交付|量产|营收|收入|净利|利润|毛利率|资本开支|开支|亏损|盈利|盈亏平衡|规模化/;
/** Plans and targets: guidance in a company's own voice even without a forecast word. */
export const PLAN = /计划|拟(?!定|议)|力争|争取|目标(?:为|是|定为|上调|下调)|指引|将[^，。；]{0,12}(?:投资|投入|回购|推出|上调|维持)|(?:上调|下调|维持)[^，。；]{0,12}(?:目标|指引)/;
/** A forecast hedged with 可能 stays a forecast even in a company's voice. */
export const HEDGED = /可能|或将|不排除/;
/** Rating actions (目标价, 评级) are the speaker's judgement of a stock. */
export const RATING = /目标价|评级|(?:超|超出|好于|符合)(?:市场)?预期|防御价值|安全边际/;

/** Strongest first: the type a claim takes when its words carry several. */
export const TYPE_PRIORITY: readonly ClaimType[] = ['guidance', 'forecast', 'causal', 'assessment'];

/** The claim types a clause's words carry (guidance is decided with its subject, see `guidanceCue`). */
export function cueTypes(clause: string): Set<ClaimType> {
  const types = new Set<ClaimType>();
  const assessment = ASSESSMENT.test(clause);
  // A hedged 可能/会 inside a judgement (竞争依然激烈，可能出现波动) leaves it a judgement.
  if (FORECAST.test(clause) && !NOT_FORECAST.test(clause) && !(assessment && !STRONG_FORECAST.test(clause))) types.add('forecast');
  if (CAUSAL.test(clause)) types.add('causal');
  if (assessment) types.add('assessment');
  return types;
}

/** Offset of the guidance cue in `text`, or -1. */
export function guidanceCue(text: string): number {
  return GUIDANCE.exec(text)?.index ?? -1;
}

export function strongest(types: Iterable<ClaimType>): ClaimType | null {
  const set = new Set(types);
  return TYPE_PRIORITY.find((t) => set.has(t)) ?? null;
}
