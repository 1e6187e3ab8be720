import { describe, expect, it } from 'vitest';
import { subjectBefore } from './subject';

const subjectOf = (sentence: string, verb: string) => subjectBefore(sentence, sentence.lastIndexOf(verb))?.text;

describe('subject before a speech verb', () => {
  it('drops dates, connectives and the adverbials between subject and verb', () => {
    expect(subjectOf('2月8日，青云科技市场总监王玉圆向《华夏时报》记者透露，', '透露')).toBe('青云科技市场总监王玉圆');
    expect(subjectOf('文渊智库创始人王超就此对《华夏时报》记者表示，', '表示')).toBe('文渊智库创始人王超');
    expect(subjectOf('此外，王玉圆还提到，', '提到')).toBe('王玉圆');
    expect(subjectOf('王超则认为，', '认为')).toBe('王超');
    expect(subjectOf('中兴通讯首席执行官徐海涛在接受《华夏时报》记者采访时表示', '表示')).toBe('中兴通讯首席执行官徐海涛');
    expect(subjectOf('在陈志远看来，', '看来')).toBe('陈志远');
    expect(subjectOf('2月6日晚间，优刻得发布公告称，', '称')).toBe('优刻得');
  });

  it('keeps a parenthesised title out and takes the clause before an adverbial-only clause', () => {
    expect(subjectOf('王海宁（百度首席技术官）表示', '表示')).toBe('王海宁');
    expect(subjectOf('陈志远，文渊智库创始人，在接受采访时表示', '表示')).toBe('文渊智库创始人');
  });

  it('gives up on a clause too long to be a subject', () => {
    const narration = '这是一段非常非常长的叙述文字没有任何标点符号一直延续下去直到很久很久以后又继续写了很多很多的字一直没有停下来才终于出现了动词表示';
    expect(subjectBefore(narration, narration.indexOf('表示'))).toBeNull();
  });
});
