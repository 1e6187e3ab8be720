import { describe, expect, it } from 'vitest';
import { Doc } from '../text/doc';
import { claimSpans } from './claim-spans';

const spans = (text: string) => claimSpans(new Doc(text, null), 0, text.length).map((s) => [s.type, text.slice(s.start, s.end), s.reporter]);

describe('claim spans', () => {
  it('takes a short sentence whole, without its leading date or reporter clause', () => {
    expect(spans('记者注意到，节后股价大涨，一方面得益于市场情绪。')).toEqual([['causal', '节后股价大涨，一方面得益于市场情绪', true]]);
    expect(spans('2月8日，国产GPU的供给依然短缺。')).toEqual([['assessment', '国产GPU的供给依然短缺', false]]);
  });

  it('cuts a long sentence at its cue clauses', () => {
    const text = '纵观整个产业链，从芯片设计、晶圆制造到封装测试，再到后端的软件配套环节，优质产能依然稀缺，这种供需格局预计将持续到明年年底。';
    expect(spans(text).map(([type, span]) => [type, span])).toEqual([
      ['assessment', '优质产能依然稀缺'],
      ['forecast', '这种供需格局预计将持续到明年年底'],
    ]);
  });

  it('keeps guidance running to the end of the sentence', () => {
    const text = '公司从去年开始全面转向智算业务，智算收入占比持续提升，成为公司第二增长曲线，预计2024年实现营收13亿元，同比增长6%，亏损有望收窄。';
    expect(spans(text).at(-1)?.[1]).toBe('预计2024年实现营收13亿元，同比增长6%，亏损有望收窄');
  });

  it('finds nothing in narration', () => {
    expect(spans('青云科技于2月6日晚间发布公告。')).toEqual([]);
  });
});
