import { describe, expect, it } from 'vitest';
import { looksLikeName, surnameLength } from './person-names';

describe('person names', () => {
  it('accepts surname + one or two given characters, compound surnames included', () => {
    for (const name of ['王超', '王玉圆', '张明远', '欧阳明远', '诸葛峰', '司马文博']) expect(looksLikeName(name), name).toBe(true);
    expect(surnameLength('欧阳明远')).toBe(2);
    expect(surnameLength('王超')).toBe(1);
  });

  it('rejects common words, particles inside, and non-Han text', () => {
    for (const s of ['高管', '方面', '管理层', '董事会', '王超则', '王超表', '市场', 'AMD', '王', '王小明明']) expect(looksLikeName(s), s).toBe(false);
  });
});
