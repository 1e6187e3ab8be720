import { describe, expect, it } from 'vitest';
import { findSpeechVerbs } from './speech-verbs';

const verbs = (text: string) => findSpeechVerbs(text).map((v) => v.verb);

describe('speech verbs', () => {
  it('finds the verbs that introduce words', () => {
    expect(verbs('王超表示，A。优刻得称，B。张三告诉《华夏时报》记者，C。王五说：“D”')).toEqual(['表示', '称', '告诉', '说']);
  });

  it('skips verbs that are part of another word or narrate an act', () => {
    expect(verbs('青云科技堪称龙头。对云服务商来说，这是好事。可以说如此。公司介绍了新产品。它被认为是龙头。为外界称道。')).toEqual([]);
    expect(verbs('他告诉朋友一件事。')).toEqual([]);
  });
});
