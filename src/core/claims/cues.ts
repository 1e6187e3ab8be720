import type { ClaimType } from '../types';

/**
 * The words that make a clause a claim, by type. Each list is one regex so a clause is
 * read once per type. Plain narration (发布了财报, 股价上涨了5%) carries none of them.
 */

/**
 * 会 before a verb of change or outcome is a future (竞争会更加激烈, 会让供需趋紧); nouns ending
 * in 会 (董事会, 发布会, 机会…) are not.
 */
const WILL_CHANGE =
  /只会|(?<![机社协学大开峰例工事员委监商展布明流讨览易议国金合体晚聚约误都也还仍])会(?:越来越|超过|成为|让|使|导致|带来|推动|出现|下降|上升|增加|减少|提升|下滑|回落|面临|被|更加|更大|更快|继续|进一步|逐步|大幅|明显|迎来|受益|加速|放缓|见顶|把|将)/;
/** Something held unlikely within a horizon (短期内难以突破): a forecast, not a judgement. */
const NEAR_TERM_UNLIKELY = /(?:短期内|短期|未来[^，。；,;]{0,6}|今年|明年|年内)[，,]?[^，。；,;]{0,16}难以/;
/** A hedge with a verb of change (可能继续承压, 可能再次造成) commits to a future, not a judgement. */
const HEDGED_CHANGE = /可能(?:会|继续|再次|进一步|因此|造成|导致|引发|面临|推迟|延续|下滑|下降|回落|承压)/;

/**
 * Statements about the future. 预期 after 超出/低于/符合… compares results, and 预期/预测
 * as a noun (上调了全年预期) ends its clause: neither forecasts anything.
 */
const FORECAST = new RegExp(
  [
    /将会|将要|将在|将占|将用于|将投向|将主要|将继续|将持续|将进一步|将推动|将带来|将成为|将迎来|将保持|将达到|将实现|将有|将是|将受益|将呈现|将扩大|将加速|将逐步|将大幅|将面临|将吸引|将提升|将增长|将下降|将上涨|将下跌|将进入|将出现|将维持|将回升|将超过|将突破|将增加|将减少|将带动|将为|将使|将如同|将深度|将获得|将不再|将很快|将重塑|将改变|将影响|将引发|将导致|将得到|将逐渐|将迎|将明显|将显著|将有所|将全面|将陆续|将重新|将更加|将更多|将从|将对|将决定|有望|或将|势必|料将|终将|必将|预计/.source,
    /(?<!超出?|低于|高于|符合|不及|好于|市场|此前|全年|的)预期(?![，。；,;！？!?]|$)|(?<!的)预测(?![，。；,;！？!?]|市[盈销净]率|P[ESB]|$)|可能会|(?<![不有])可能(?!性|仍|还|已|是|只|在于)|很可能|大概率/.source,
    /仍会|还会|也会|都会|会继续|会持续|会进一步|(?<!会)不会|今明两年|未来[^，。；会将,;]{0,8}(?:将|会)(?!不)/.source,
    WILL_CHANGE.source,
    NEAR_TERM_UNLIKELY.source,
  ].join('|'),
);
/** Forecast words that outweigh a judgement in the same clause. */
const STRONG_FORECAST = new RegExp(`将|有望|预计|预期|料将|势必|大概率|今明两年|${NEAR_TERM_UNLIKELY.source}|${HEDGED_CHANGE.source}`);
/** Events fixed in the calendar (将于3月召开…, 计划于周五上市): stated as fact, they forecast nothing. */
export const SCHEDULED =
  /(?:[将將]|预计|计划|拟)(?:继续|再次|首次|正式|如期)?(?:于|於|在)[^，。；,;]{0,20}(?:举行|召开|举办|开幕|发布|亮相|开售|上线|开业|公布|披露|交付|上市|挂牌|掛牌|缴款|招股|复牌|停牌|进行|开始|截止|生效)/;
/** Scheduled events, 将…作为 (= 把…作为) and open questions (会不会) forecast nothing. */
const NOT_FORECAST = new RegExp(`会不会|能不能|是否|目标价|(?<!预期|预测)评级|${SCHEDULED.source}|将[^，。；,;]{1,20}(?:作为|视为|当作|列为)`);
/** Explanations of why something happened. */
const CAUSAL =
  /得益于|受益于|受[^，。；,;]{1,30}(?:影响|提振|拉动|推动|带动|驱动|拖累|冲击|扰动|限制|制约|压制|刺激)|由于|因此|因而|随之|从而|以致|进而|(?:增长|下降|下滑|提升|改善|上涨|下跌)[^，。；,;]{0,8}来自|导致|主要因为|主要是因为|是因为|因为|源于|带动|归因于|归功于|原因[^，。；,;]{0,4}(?:是|在于)|(?:主要|重要|根本|核心|直接|关键)原因|原因之一|主要来源|受制于|拖累|驱动下|推动下|所致|决定了|使得|受惠|由於|主要系|驱动力|推动因素|拉动因素|增长动力|(?:背后|根源)[，,]?(?:是|在于)|这也是为什么|出在|凭借|推高了|压低了|改变了|腾出了|降低了[^，。；,;]{0,12}(?:门槛|成本|风险)|为[^，。；,;]{1,30}提供了|帮助[^，。；,;]{1,20}(?:跨过|实现|摆脱)|让[^，。；,;]{1,20}(?:得以|能够|有能力|成为|未能|开始|趋紧)/;
/**
 * 随着… explains the change or trend the clause after it says has happened or is under way (随着订单交付，
 * 收入出现了大幅增长; 随着摩尔定律放缓，先进封装正在成为…; …，能耗问题日益突出); with a future in that
 * clause it is the premise of a forecast, and before a single event (随着交易完成，X成为控股股东) it only
 * tells when.
 */
const ALONG_WITH = /(?<!伴)随着/;
const CHANGE = '(?:增长|下降|下滑|上升|提升|走高|走低|回落|反弹|改善|恶化|加剧|扩大|收窄|收缩|放缓|加快|提速|上涨|下跌|增加|减少|拉长|缩短)';
const EFFECT_UNDER_WAY = new RegExp(`${CHANGE}|正在|日益|越来越|逐步|不断|持续|一路`);
/** The clause after a cue clause: up to the next clause mark of `following`. */
const NEXT_CLAUSE = /^[^，,。；;：:！？!?]*/;
/**
 * Verdicts without a judgement word: what something is at bottom (本质上是…, 是…的关键),
 * where the real constraint lies (真正的瓶颈…), rank and comparison offered as a verdict
 * (明显低于, 位居前列), and what a fact shows (表明, 反映出).
 */
const VERDICT =
  /是[^，。；,;]{1,24}的关键(?=所在|之一|[，。；,;]|$)|关键在于|关键(?:变量|阶段|所在)|核心(?:变量|问题|资源|环节|逻辑)|本质上|实质上|本质(?:是|在于)|真正(?:的)?(?:瓶颈|问题|难点|考验|关键|核心|目的)|真正[^，。；,;]{0,6}的是|占据上风|并存|明显(?:高于|低于|快于|慢于|好于|弱于|强于|领先)|远(?:高于|低于|超过|不及)|位居[^，。；,;]{0,12}前列|不在一个量级|透支|更高的要求|表明|反映出|反映了|折射出|最(?:难|关键|重要|核心|薄弱|具)|处于[^，。；,;]{0,6}(?:较低|较高|高位|低位)|既是|(?:难题|难点|关卡|挑战)(?!赛|杯)|是[^，。；,;]{0,8}门槛|难度(?:较大|很大|不小|最高)|(?:最高|最低)(?=的|、)|离不开|高度依赖|取决于|需要时间|仍需时间|不可替代|不可或缺|不可能一蹴而就|任重道远|提升空间|增长空间|(?:投资者|投資者)(?:需|需要|应|宜|要|不能|不宜)|建议投资者|(?:很|极|极为|非常|相当)(?:高|低|大|难|强)(?![于达至]|程度)|强劲|激进|凸显|(?:好于|低于|高于|超出|超|不及|符合)(?:市场)?预期|(?:新的?|第二)增长(?:点|引擎|曲线)|第一梯队/;
/**
 * Verdicts carried by sentence structure rather than a judgement word: a degree adverb before an
 * evaluative predicate (非常脆弱, 相当激烈), a comparison of degree (艰难得多), and a correction
 * (不是A，而是B / 并非…).
 */
export const DEGREE_JUDGEMENT =
  /(?:非常|十分|极其|极为|相当|很|更加|更为|越来越|尤为|格外|颇为|较为|过于)[^，。；,;]{0,2}(?:高|低|大|小|强|弱|快|慢|难|好|差|重要|关键|激烈|脆弱|稳健|明显|充足|有限|艰难|乐观|谨慎|剧烈|危险|可怕|合理|敏感|清晰|稀缺|昂贵|便宜|成熟|复杂|理性|健康|严重|突出|迫切)(?!程度|部分|一部分|比例|范围)|(?:艰难|困难|复杂|严峻|高|低|快|慢|大|小|强|弱|贵|便宜)得多/;
/**
 * A characterisation reported without its author (AI手机被视为下一轮换机周期的催化剂, 被市场解读为…的信号,
 * 张明远将这一策略比作…, 用“被动的系统性练兵”来形容): someone's verdict the reader takes on their word.
 */
export const PERCEIVED = /被[^，。；,;]{0,8}(?:视为|认为|看作|看成|解读为|称为|誉为|形容为|定义为)|比作|来形容|用“[^”]{1,20}”(?:来)?形容/;
export const NOT_BUT_RATHER = /不是[^。；;]{1,40}而是|并非|不在于[^。；;]{1,40}而在于|与其说[^。；;]{1,40}不如说/;
/**
 * Cause and effect without a connective: X让/使/促使 Y with the effect realised or under way (…了, 成为,
 * 更…, 无法…), and verbs of causing in the perfective or progressive (打开了, 催生了, 正在重塑). Not
 * 让 of 转让/让利, 使 of 即使/使用, 令 of 命令/令人.
 */
export const CAUSATIVE =
  /(?<![转出退谦礼避即假纵命指法号口])(?:让|使|令|致使|迫使|促使|倒逼)(?![得用命利渡步位人])[^，。；,;]{1,30}?(?:了|无法|不能|难以|得以|开始|更|越来越|成为|变成|失去|陷入|退出|转向|意识到|获得)|(?:加速|推动|打开|带来|拉动|提振|压制|削弱|拖慢|抬高|挤压|吞噬|侵蚀|改变|催生|引发|重塑|放大|缓解|加剧|缩短)了|(?:正在|也在|在)(?:改变|重塑|催生|倒逼)|构成了?[^，。；,;]{0,6}(?:压力|威胁|挑战)|形成了?[^，。；,;]{0,4}(?:支撑|压制)/;

/** Judgements a reader should weigh: scarcity, over-supply, valuation, resilience… */
const ASSESSMENT =
  /远未|稀缺|短缺|紧张|过剩|高估(?!值)|低估(?!值)|韧性|坚实|泡沫|印证|意味着|无疑|双赢|共赢|零和|拐点|瓶颈|不确定性|承压|乐观|悲观|潜力|前景|空间巨大|护城河|快速扩张|爆发式增长|高速增长|供不应求|供过于求|仍需时日|初期阶段|起步阶段|尚处于|仍处于|必然|注定|显著|核心竞争力|领先|落后|优势|利好|利空|不容忽视|不可忽视|至关重要|举足轻重|大势所趋|难以|有限(?!公司|责任|合伙)|偏高|偏低|严峻|激烈|饱和|(?<!现金)红利|景气度|防御价值|安全边际|不确定|旺盛|偏弱|不足(?![\d一二两三四五六七八九十百千万半])|薄弱|短板|差距|正在(?:加剧|加大|改善|恶化|迎来|占据|重塑|经历|切换|转向|走向|从)|正面临/;
/** An analyst's rating or target price: the broker's judgement of a stock. */
export const RATING_ACTION = /目标价[^，。；,;]{0,12}?(?:为|上调|下调|至|由|是)|给予[^，。；,;]{0,20}(?:评级|目标价|倍市盈率)|(?:维持|上调|下调|首次覆盖)[^，。；,;]{0,30}评级|评级(?:为|上调|下调|至)/;
/** A clause that only introduces others' views (业内看法不一, 某某的判断相对乐观) passes no judgement itself. */
const VIEW_FRAME =
  /(?:判断|看法|观点|态度)(?:则|也)?(?:更为|更加|相对|较为|比较|偏|更)?(?:乐观|谨慎|悲观|积极)$|(?:看法|观点|意见)不一|存在分歧|表示担忧|表达了担忧/;
/** Company guidance: 预计/预期… followed by a financial metric and a number. */
const GUIDANCE = /(?:预计|预期|指引|目标为|计划实现)[^。；;]{0,30}?(?:营收|营业收入|收入|净利润|利润|亏损|减亏|扣非|毛利|业绩|出货量|销量|交付量|归属于|归母|每股收益|营业额)[^。；;]*?\d/;
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
export const PLAN =
  /(?<!持股|激励|行动|发展|发行)计划(?![书，。；,;]|$)|拟(?!定|议)|力争|争取|目标(?:为|是|定为|上调|下调)|(?:将|承诺)[^，。；,;]{0,30}?(?:投资|投入|回购|推出|上调|维持)|(?:上调|下调|维持)[^，。；,;]{0,30}?(?:目标|指引)|指引/;
/** A company speaking of what it will do: itself (公司, 我们) the subject of a future (我们明年会推出…, 公司将…). */
export const COMPANY_FUTURE = /(?:^|[，,：:])(?:[^，,。；：:;]{0,8}?)(?:我们|我司|公司|本公司|集团)[^，,。；;]{0,12}?(?:将|会|要|计划|打算|准备)(?!是|不会)/;
/** Dividends and other distributions already decided by the board: checkable terms, not an outlook. */
export const DISTRIBUTION = /派发|派息|股息|分红|送股|转增/;
/** Government bodies, whose own plans and targets are guidance like a company's. */
export const GOVERNMENT_BODY =
  /^(?:中国人民银行|人民银行|央行|国务院|工业和信息化部|工信部|国家发展改革委|国家发改委|发改委|财政部|商务部|证监会|国家金融监督管理总局|金融监管总局|国家数据局|国家能源局)/;
/** What makes a government body's words a plan: a future, a target year or a plan verb. */
export const GOVERNMENT_PLAN = /将(?![于於])|(?<!行动|发展)计划(?![书，。；,;]|$)|拟|提出|要求|明确|力争|到20\d\d年|目标/;
/** A forecast hedged with 可能 stays a forecast even in a company's voice. */
export const HEDGED = /可能|或将|不排除/;
/** Rating actions (目标价, 评级) are the speaker's judgement of a stock. */
export const RATING = /目标价|评级|(?:超|超出|好于|符合)(?:市场)?预期|防御价值|安全边际/;

/** Strongest first: the type a claim takes when its words carry several. */
export const TYPE_PRIORITY: readonly ClaimType[] = ['guidance', 'forecast', 'causal', 'assessment'];

/**
 * A clause stating a purpose (为了缓解人才短缺，, …，以降低适配成本): not a cause, and what it aims at is no
 * judgement of the writer's (test/articles/README.md: a purpose with anything but a company's plan is narration).
 */
export const PURPOSE_OPENS_CLAUSE = /^(?:为了|旨在|以便|以期|以求|以(?:降低|减少|提升|提高|满足|应对|缓解))/;

/** The claim types a clause's words carry (guidance is decided with its subject, see `guidanceCue`). */
export function cueTypes(clause: string, following = ''): Set<ClaimType> {
  const types = new Set<ClaimType>();
  if (VIEW_FRAME.test(clause) || PURPOSE_OPENS_CLAUSE.test(clause)) return types;
  const assessment = ASSESSMENT.test(clause) || VERDICT.test(clause) || RATING_ACTION.test(clause) || DEGREE_JUDGEMENT.test(clause) || NOT_BUT_RATHER.test(clause) || PERCEIVED.test(clause);
  // A hedged 可能/会 inside a judgement (竞争依然激烈，可能出现波动) leaves it a judgement.
  if (FORECAST.test(clause) && !NOT_FORECAST.test(clause) && !(assessment && !STRONG_FORECAST.test(clause))) types.add('forecast');
  const effect = ALONG_WITH.test(clause) ? following.replace(/^[，,\s]+/, '').match(NEXT_CLAUSE)![0] : null;
  const effectAhead = effect !== null && FORECAST.test(effect);
  if (effectAhead) types.add('forecast');
  const effectTakingPlace = effect !== null && !effectAhead && !types.has('forecast') && (EFFECT_UNDER_WAY.test(clause + effect) || ASSESSMENT.test(effect) || VERDICT.test(effect));
  if (CAUSAL.test(clause) || CAUSATIVE.test(clause) || effectTakingPlace) types.add('causal');
  if (assessment) types.add('assessment');
  return types;
}

/** Which cue families a stretch of words carries, as the claim model reads them. */
export function cueFamilies(words: string): { forecast: boolean; strongForecast: boolean; causal: boolean; assessment: boolean; verdict: boolean } {
  return {
    forecast: FORECAST.test(words) && !NOT_FORECAST.test(words),
    strongForecast: STRONG_FORECAST.test(words),
    causal: CAUSAL.test(words),
    assessment: ASSESSMENT.test(words),
    verdict: VERDICT.test(words),
  };
}

/** Offset of the guidance cue in `text`, or -1. */
export function guidanceCue(text: string): number {
  return GUIDANCE.exec(text)?.index ?? -1;
}

export function strongest(types: Iterable<ClaimType>): ClaimType | null {
  const set = new Set(types);
  return TYPE_PRIORITY.find((t) => set.has(t)) ?? null;
}
