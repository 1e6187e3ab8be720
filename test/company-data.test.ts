import { describe, expect, it } from 'vitest';
import { isValidCode } from '../src/core/codes/exchanges';
import { COMPANY_FILES, COMPANY_RECORDS } from '../src/core/companies/data';

const MIN_COMPANIES = 1500;
/** Names that are ordinary words too: wherever the data uses one as a surface, it must be marked ambiguous. */
const ORDINARY_WORDS = ['美的', '小米', '三星', '平安', '京东', '长城', '老百姓', '苹果', 'Apple', 'Meta', '亚马逊', '甲骨文', '大众', '宝马', '奔驰', '理想', '联想', '东方', '华夏', '中华', '神州', '光明', '红旗', '金山', '长安', '东风', '国泰', '同花顺', '海天', '滴滴', '字节'];

const surfacesOf = (r: (typeof COMPANY_RECORDS)[number]) => [r.name, ...(r.aliases ?? []), ...(r.brands ?? []), ...(r.en ? [r.en] : [])];

describe('company dictionary data', () => {
  it(`holds at least ${MIN_COMPANIES} organisations`, () => {
    expect(COMPANY_RECORDS.length).toBeGreaterThanOrEqual(MIN_COMPANIES);
  });

  for (const [file, records] of Object.entries(COMPANY_FILES)) {
    it(`${file}: every code is well-formed for its exchange and board`, () => {
      const bad = records.flatMap((r) => r.codes.filter((c) => !isValidCode(c)).map((c) => `${r.name} ${c}`));
      expect(bad).toEqual([]);
    });

    it(`${file}: entries are complete and consistent`, () => {
      const problems: string[] = [];
      for (const r of records) {
        if (!r.name || typeof r.name !== 'string') problems.push(`entry without a name: ${JSON.stringify(r).slice(0, 80)}`);
        if (r.listed !== r.codes.length > 0) problems.push(`${r.name}: listed=${r.listed} with ${r.codes.length} codes`);
        const surfaces = surfacesOf(r);
        for (const a of r.ambiguous ?? []) if (!surfaces.includes(a) && a !== r.fullName) problems.push(`${r.name}: ambiguous "${a}" is not one of its names`);
        for (const s of [...(r.aliases ?? []), ...(r.brands ?? [])]) if (s.length < 2) problems.push(`${r.name}: surface "${s}" is too short`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('no code and no canonical name belongs to two companies', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const r of COMPANY_RECORDS) {
      for (const key of [...r.codes, `name:${r.name}`]) {
        if (owner.has(key)) clashes.push(`${key}: ${owner.get(key)} / ${r.name}`);
        owner.set(key, r.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('marks every surface shared by two companies as ambiguous in both', () => {
    const owners = new Map<string, string[]>();
    for (const r of COMPANY_RECORDS) for (const s of new Set(surfacesOf(r))) owners.set(s, [...(owners.get(s) ?? []), r.name]);
    const unmarked: string[] = [];
    for (const [surface, names] of owners) {
      if (names.length < 2) continue;
      for (const name of names) {
        const r = COMPANY_RECORDS.find((x) => x.name === name)!;
        if (!(r.ambiguous ?? []).includes(surface)) unmarked.push(`${surface} (${names.join(', ')})`);
      }
    }
    expect([...new Set(unmarked)]).toEqual([]);
  });

  it('marks names that are ordinary words as ambiguous', () => {
    const unmarked = COMPANY_RECORDS.flatMap((r) =>
      surfacesOf(r)
        .filter((s) => ORDINARY_WORDS.includes(s) && !(r.ambiguous ?? []).includes(s))
        .map((s) => `${r.name}: ${s}`),
    );
    expect(unmarked).toEqual([]);
  });
});
