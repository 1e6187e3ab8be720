// Which generated names are ordinary words or places, by jieba's own dictionary (with its part-of-speech tags):
// such a name (老百姓, 太阳能, 长城, 天下, 大众, 海量数据) is reported only with context, as 美的 and 小米 are.
import * as jieba from 'jieba-wasm';

/** jieba's tags for names of organisations and brands (nt, nz), abbreviations (j) and Latin words (eng). */
const NAME_TAGS = new Set(['nt', 'nz', 'j', 'eng']);
/** Tags of the content words ordinary prose is made of. */
const ORDINARY_TAGS = /^(?:n|ns|nr|s|a|an|ad|v|vn|vd|d|f|t|m|q|l|i|b|z)$/;
/** Words that make a phrase an organisation's name (龙磁科技, 长江电力, 光明乳业), not prose. */
const ORGANISATION_HEAD = /^(?:股份|集团|科技|控股|电子|药业|医药|电器|电气|实业|能源|环境|智能|材料|新材|传媒|文化|食品|乳业|银行|证券|保险|汽车|机械|重工|化工|矿业|投资|国际|网络|信息|软件|通信|光电|电力|生物|制药|环保|物流|航空|置业|地产|建设|建工|装备|精密|技术|动力|新能源|股|酒业|纺织|服饰|家居|电缆|水泥|钢铁|钢|港|机场|高速|物业|旅游|农业|种业|牧业|生态|健康|医疗|影视|教育|仪器|微电|半导体|机床|黄金|药厂|建材|港务|燃气|交通|路桥|饭店|纸业|钻石|轮胎|泵业|电梯|管业|果汁|火腿|钢琴|饲料|索具|合金|传动|碳素|电热|空港|水务|租赁|服务|资源|环宇|石油|不锈|稻田|铁汉|视讯|电子|智造|磁体|光伏|锂业|钴业|稀土|新能|风电|核电|水电|热电|机电|电机|重机|电缆|光纤|光缆|照明|玻璃|陶瓷|涂料|化学|塑胶|橡胶|胶片|印务|包装|纸品|乳品|啤酒|白酒|药房|医院)$/;

export function ordinaryWordJudge(): (surface: string) => boolean {
  return (surface) => {
    if (!/\p{Script=Han}/u.test(surface)) return /^[A-Za-z][a-z]+$/.test(surface) || /^[A-Z]{2,3}$/.test(surface);
    const tags = jieba.tag(surface, false);
    if (tags.length === 1) return !NAME_TAGS.has(tags[0].tag);
    // Ordinary words in a row read as prose (海量数据, 设计都会, 海南发展) unless they end in an organisation's head
    // (龙磁科技); single characters cut apart (江/化/微) are a name jieba does not know, not prose.
    if (!tags.every((t) => ORDINARY_TAGS.test(t.tag)) || ORGANISATION_HEAD.test(tags[tags.length - 1].word)) return false;
    const words = tags.filter((t) => t.word.length >= 2).length;
    const singleNouns = tags.filter((t) => t.word.length === 1 && /^n/.test(t.tag)).length;
    return words >= 1 && singleNouns <= 1;
  };
}
