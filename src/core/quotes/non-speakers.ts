/**
 * Who is not a named speaker: the reporter, the newspaper or other media, and unnamed
 * sources. Their statements are still recognised (so a following quotation is not given
 * to the previous speaker) but never reported with a name.
 */

/** The reporter or a media outlet anywhere in the subject (本报记者XXX, 《华夏时报》, 媒体报道). */
export const REPORTER_OR_MEDIA = /记者|本报|本刊|笔者|编者|小编|通讯员|《|媒体|报道|新华社|央视/;
/** Unnamed sources: the subject ends in one of these (业内人士, 有分析人士, 某券商, 多家机构). */
export const UNNAMED_SOURCE =
  /(?:人士|知情者|专家|学者|网友|网民|投资者|股民|业内|业界|市场|外界|有人|不少人|多数人|观点|机构|券商|研报|分析师|人员|员工|用户|消费者|者)$/;

/** A subject the article leaves unnamed by its opening: 一位…负责人, 某券商分析师, 这位负责人, 多位业内人士. */
export const UNNAMED_OPENING = /^(?:一位|一名|一家|某|有位|有一位|多位|多名|几位|数位|这位|那位|此位|该位|另一位|另一名|其中一位|其中一名)/;

