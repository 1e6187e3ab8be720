/**
 * Chinese personal names: a common surname (one or two characters) and a one- or
 * two-character given name, 2–4 characters in all.
 */

/** About 200 common single-character surnames; very common words (和, 都, 由, 但…) left out. */
const SINGLE_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼闻厉伊仝郜阚花权帅屠豆朴盖练廉禹井祖漆巴丰支卿狄计索宣晋初敬扈晁芮阙戈伏鹿薄邸雍辜裘亓邰赫杭况宿印逯隆茹诸战慕危亢嵇湛宾戎勾茅揭尉檀昝衡富尧';

const COMPOUND_SURNAMES = [
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐',
  '端木', '独孤', '西门', '南宫', '轩辕', '万俟', '呼延', '澹台', '公冶', '太史', '申屠', '钟离', '闻人', '赫连',
];

/** Characters that end or interrupt a name: particles, adverbs and verbs that follow names. */
const NON_NAME_CHARS = new Set([...'的了是在和与及也则还就都对向将称说表示指认透坦强提介预告等而但从把被为于以其这那该此们均亦又更曾并或即仍已所之着过吗呢吧啊、']);

/** Surname-initial words that are not names when they stand alone as a subject. */
const NOT_NAMES = new Set([
  '高管', '高层', '方面', '管理层', '管理人', '董事会', '董事', '监事会', '金融', '安全', '时间', '文章', '文件', '明确', '成本',
  '黄金', '石油', '周期', '程序', '江湖', '史上', '常规', '于是', '龙头', '毛利', '钱包', '杨树', '叶片', '宋体', '孔子',
  '包括', '华人', '方案', '万家', '谢谢', '马上', '周边', '原文', '严格', '许多', '何况', '向来', '单位', '单方', '项目',
  '费用', '景气', '华为', '易懂', '梁山', '戴尔', '罗斯', '卫星', '曾经', '申请', '商务', '商家', '官方', '宣传', '杭州',
  '苏州', '温州', '江苏', '江西', '贵州', '宁波', '常州', '鲁南', '黄河', '长江', '陆续', '白宫', '乐观', '程度', '蒋介',
]);

/** Words after a surname-like preposition that make no name (向记者, 对媒体). */
const NOT_GIVEN_NAMES = new Set(['记者', '媒体', '笔者', '网友', '外界', '市场', '公司']);

const SINGLE = new Set([...SINGLE_SURNAMES]);
const COMPOUND = new Set(COMPOUND_SURNAMES);
const HAN_ONLY = /^\p{Script=Han}+$/u;

export const NAME_LENGTHS = [4, 3, 2] as const;

/** Length of the surname `s` begins with (2 for 欧阳…, 1 for 王…), or 0. */
export function surnameLength(s: string): number {
  if (COMPOUND.has(s.slice(0, 2))) return 2;
  return SINGLE.has(s[0]) ? 1 : 0;
}

/** A surname with a form of address (周总, 李博士, 王董, 欧阳先生): refers to a person, never a name itself. */
export const SURNAME_ADDRESS = /^(\p{Script=Han}{1,2}?)(?:总|董|博士|教授|老师|先生|女士|院长|所长|行长|主席|律师)$/u;

/** Whether `s` can be a personal name: surname, 1–2 given characters, no particle inside. */
export function looksLikeName(s: string): boolean {
  if (s.length < 2 || s.length > 4 || !HAN_ONLY.test(s) || NOT_NAMES.has(s)) return false;
  const address = SURNAME_ADDRESS.exec(s);
  if (address && surnameLength(s) === address[1].length) return false;
  const surname = surnameLength(s);
  if (surname === 0) return false;
  const given = s.length - surname;
  if (given < 1 || given > 2) return false;
  if (NOT_GIVEN_NAMES.has(s.slice(surname))) return false;
  for (let i = surname; i < s.length; i++) {
    if (!NON_NAME_CHARS.has(s[i])) continue;
    // 亦, 以, 为… follow a name as adverbs (王超亦表示) but stand inside given names too (周亦衡, 方敬之).
    const middle = given === 2 && i === surname;
    if ((middle && INNER_GIVEN_CHARS.has(s[i])) || (i === s.length - 1 && given === 2 && s[i] === '之')) continue;
    return false;
  }
  return true;
}

/** Particles that may stand first in a two-character given name (周亦衡, 王以哲, 张为民, 李其昌). */
const INNER_GIVEN_CHARS = new Set([...'亦以为从于之其而']);

/**
 * Whether `s` may be a name of three characters whatever its surname (盘和林, 乜国强): taken
 * only where a title stands right before it and a verb of speech right after.
 */
export function couldBeName(s: string): boolean {
  if (s.length !== 3 || !HAN_ONLY.test(s) || NOT_NAMES.has(s)) return false;
  // 和, 与, 及 join two names elsewhere, but between a title and a verb they are part of one (盘和林).
  for (const ch of s) if (NON_NAME_CHARS.has(ch) && !JOINING_CHARS.has(ch)) return false;
  return true;
}
const JOINING_CHARS = new Set([...'和与及之亦以为']);

/** A foreign name in Latin letters: Tim Cook, Andy Jassy. */
const LATIN_NAME_AT_END = /(?:^|[^A-Za-z])([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})$/;
/** The family part of a transliterated name (戴维·罗森 → 罗森). */
const TRANSLITERATED_TAIL = /^\p{Script=Han}{1,6}$/u;

/**
 * The foreign names `text` may end with, longest first: Tim Cook, or 戴维·罗森 with a given
 * part of 1–4 characters (the caller decides which one leaves a title before it).
 */
export function foreignNamesAtEnd(text: string): string[] {
  const latin = LATIN_NAME_AT_END.exec(text);
  if (latin) return [latin[1]];
  // A space for the dot (乔纳森 克林斯基) is read only between Han parts of two or more characters.
  const dot = Math.max(text.lastIndexOf('·'), text.lastIndexOf(' '));
  if (dot < 1 || !TRANSLITERATED_TAIL.test(text.slice(dot + 1))) return [];
  const spaced = text[dot] === ' ';
  if (spaced && dot + 1 > text.length - 2) return [];
  const out: string[] = [];
  for (let k = Math.min(4, dot); k >= (spaced ? 2 : 1); k--) {
    if (/^\p{Script=Han}+$/u.test(text.slice(dot - k, dot))) out.push(text.slice(dot - k));
  }
  return out;
}
