/** Currencies, counted nouns and classifiers the figure stage recognises, with their units. */

/** Currency words written after a number, longest first, with their ISO code. */
export const CURRENCY_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['元人民币', 'CNY'],
  ['新加坡元', 'SGD'],
  ['人民币', 'CNY'],
  ['新台币', 'TWD'],
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['港元', 'HKD'],
  ['港币', 'HKD'],
  ['日元', 'JPY'],
  ['欧元', 'EUR'],
  ['英镑', 'GBP'],
  ['韩元', 'KRW'],
  ['台币', 'TWD'],
  ['澳元', 'AUD'],
  ['加元', 'CAD'],
  ['卢布', 'RUB'],
  ['元', 'CNY'],
];

/** Currency signs written before a number. */
export const CURRENCY_SIGNS: Record<string, string> = {
  US$: 'USD',
  HK$: 'HKD',
  $: 'USD',
  '¥': 'CNY',
  '￥': 'CNY',
  '€': 'EUR',
  '£': 'GBP',
};

/** Words after 元 that make it part of another word (元宇宙, 元旦, 元器件…), not the currency. */
export const NOT_YUAN_AFTER = '宇宙|旦|素|件|器|年|月|老|首|帅';

/** Per-unit suffixes after a currency that make the amount a price (元/股, 元/吨). */
export const PER_UNITS = '股|百万tokens|百万token|千tokens|百万Tokens|千瓦时|平方米|盎司|公斤|千克|吨|克|度|桶|月|年|台|辆|张|片|瓦|天|晚|人|瓶|件|套|次|小时|颗|GB|kWh|W';

/**
 * Counted nouns written after a number; they are not part of the figure's span ("80亿人口" →
 * "80亿", unit 人) and stand as the metric when the clause names none.
 */
export const COUNT_NOUNS: Record<string, string> = {
  月活跃用户: '用户',
  日活跃用户: '用户',
  付费用户: '用户',
  月活: '用户',
  日活: '用户',
  用户: '用户',
  会员: '用户',
  人口: '人',
  员工: '人',
  网民: '人',
};

/**
 * Classifiers (量词) counted by a figure; they are part of the span ("300家"). Each may carry a
 * negative look-ahead for the words it starts (部分, 个月, 家居…).
 */
export const CLASSIFIERS: ReadonlyArray<readonly [string, string]> = [
  ['人次', ''],
  ['人', '民|工|均|士|气|才|物|们'],
  ['名', '单|称|义|字|列|次'],
  ['位', '数|置|于|列'],
  ['辆', ''],
  ['台', '湾|阶|积'],
  ['家', '居|庭|族|用|乡|里'],
  ['卡', '车|片|通'],
  ['件', '事'],
  ['部', '分|门|署|长|委'],
  ['户', '籍|外|口'],
  ['个', '月|小时|交易日|工作日|季度|星期|礼拜|百分点|半月|多月|股|人|别|体|性'],
  ['款', '项'],
  ['颗', ''],
  ['块', '钱'],
  ['张', ''],
  ['座', ''],
  ['套', '餐'],
  ['只', '是|有|要|能|好|会'],
  ['架', '构'],
  ['艘', ''],
  ['枚', ''],
  ['项', '目'],
  ['所', '有|以|在|谓|得'],
  ['片', '区|面|段|刻|场|中|上'],
  ['起', '来|步|飞|点|始|见|码|跑|伏|诉|草|源|到|落|色|航'],
  ['笔', '记|者|试|直|名|画'],
  ['次', '日|年|月|要|级|序|数|贷|新|高|之|元|方|生'],
  ['股', '东|价|份|票|权|本|市|息|民|指|神|性|吧|票'],
];

/**
 * Physical units written after a number, longest first: energy before power (千瓦时 over 千瓦),
 * compound units before their parts (Wh/kg over Wh). Storage units stop at TB: GB and MB name
 * product specifications (16GB内存) far more often than quantities.
 */
export const PHYSICAL_UNITS: readonly string[] = [
  'Wh/kg', '千瓦时', '兆瓦时', '吉瓦时', '太瓦时', 'GWh', 'MWh', 'kWh', 'TWh', '千瓦', '兆瓦', '吉瓦', 'GW', 'MW', 'kW',
  'EFLOPS', 'PFLOPS', 'TFLOPS', 'PetaFLOPS', 'ExaFLOPS', 'TOPS', '标准煤', '吨', '公斤', '千克', '平方公里', '平方米', '立方米', '公里', '千米',
  '桶', '亩', '公顷', 'TEU', '标准箱', 'PB', 'EB', 'TB',
].slice().sort((a, b) => b.length - a.length);

/** What after a count makes it the name of a class of thing (万卡集群, 千亿级市场), not a figure. */
export const CLASS_NAME_AFTER = /^(?:集群|级别|级|量级|档)/;
/** A number of cards before what holds them names a configuration (8卡服务器, 万卡集群), not a count. */
export const CARD_CONFIGURATION_AFTER = /^(?:服务器|机器|整机|机柜|节点|一体机|集群|GPU|模组|互联)/;
/** What after 位 makes it a word width (32位CPU, 64位系统), not a count of people. */
export const BIT_WIDTH_AFTER = /^(?:[A-Za-z]|处理器|芯片|操作系统|系统|架构|浮点|精度|整数|色深|微控制器|单片机|指令)/;

/** 成 as "tenths" (两成 = 20%), unless it starts another word (成为, 成本, 成功…). */
export const NOT_CHENG_AFTER = '为|本|功|立|交|员|长|都|果|效|绩|品|型|熟|就|了|分|份|年|人';
