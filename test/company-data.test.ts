import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { build, serialise, serialiseIndex, INDEX, OUTPUT, REPORT } from '../scripts/companies/build';
import { cleanAShareName, cleanHkName, isHkShare, parseCsv, TRANSIENT_NAME, withoutShareClass } from '../scripts/companies/market';
import { isValidCode } from '../src/core/codes/exchanges';
import { COMPANY_RECORDS } from '../src/core/companies/data';
import { CompanyDictionary } from '../src/core/companies/dictionary';
import type { CompanyRecord } from '../src/core/companies/record';
import { foldWidth, lowerAscii } from '../src/core/text/normalize';

const CURATED_DIR = new URL('../src/core/companies/data/curated/', import.meta.url);
const SOURCES = new URL('../scripts/companies/sources/', import.meta.url);
const CURATED: Record<string, CompanyRecord[]> = Object.fromEntries(
  readdirSync(CURATED_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f, JSON.parse(readFileSync(new URL(f, CURATED_DIR), 'utf8'))]),
);
const source = (file: string) => parseCsv(readFileSync(new URL(file, SOURCES), 'utf8'));
const report = readFileSync(REPORT, 'utf8');
const leftOut = new Set([...report.matchAll(/^- (\S+\.(?:SH|SZ|BJ|HK)) /gm)].map((m) => m[1]));

const MIN_COMPANIES = 8000;
const KINDS = ['company', 'broker', 'fund', 'investor', 'research'];
/** Names that are ordinary words too: wherever the data uses one as a surface, it must be marked ambiguous. */
const ORDINARY_WORDS = ['美的', '小米', '三星', '平安', '京东', '长城', '老百姓', '苹果', 'Apple', 'Meta', '亚马逊', '甲骨文', '大众', '宝马', '奔驰', '理想', '联想', '东方', '华夏', '中华', '神州', '光明', '红旗', '金山', '长安', '东风', '国泰', '同花顺', '海天', '滴滴', '字节', '太阳能', '天下', '海量数据'];

const surfacesOf = (r: CompanyRecord) => [r.name, ...(r.aliases ?? []), ...(r.brands ?? []), ...(r.en ? [r.en] : [])];
const byCode = new Map(COMPANY_RECORDS.flatMap((r) => [...r.codes, ...(r.formerCodes ?? [])].map((c) => [c, r] as const)));

describe('company dictionary: the curated layer', () => {
  for (const [file, records] of Object.entries(CURATED)) {
    it(`${file}: every code is well-formed for its exchange and board`, () => {
      const bad = records.flatMap((r) => r.codes.filter((c) => !isValidCode(c)).map((c) => `${r.name} ${c}`));
      expect(bad).toEqual([]);
    });

    it(`${file}: entries are complete and consistent`, () => {
      const problems: string[] = [];
      for (const r of records) {
        if (!r.name || typeof r.name !== 'string') problems.push(`entry without a name: ${JSON.stringify(r).slice(0, 80)}`);
        if (r.listed !== r.codes.length > 0) problems.push(`${r.name}: listed=${r.listed} with ${r.codes.length} codes`);
        if (r.kind !== undefined && !KINDS.includes(r.kind)) problems.push(`${r.name}: kind ${r.kind}`);
        const surfaces = surfacesOf(r);
        for (const a of r.ambiguous ?? []) if (!surfaces.includes(a) && a !== r.fullName) problems.push(`${r.name}: ambiguous "${a}" is not one of its names`);
        for (const s of [...(r.aliases ?? []), ...(r.brands ?? [])]) if (s.length < 2) problems.push(`${r.name}: surface "${s}" is too short`);
      }
      expect(problems).toEqual([]);
    });
  }
});

describe('company dictionary: the built data', () => {
  it('is what scripts/companies/build.ts makes of the sources and the curated layer', async () => {
    const built = await build();
    expect(serialise(built.records) === readFileSync(OUTPUT, 'utf8'), 'companies.json is stale: run npx tsx scripts/companies/build.ts').toBe(true);
    expect(built.report === report, 'REPORT.md is stale: run npx tsx scripts/companies/build.ts').toBe(true);
    expect(serialiseIndex(built.records) === readFileSync(INDEX, 'utf8'), 'companies.index.json is stale: run npx tsx scripts/companies/build.ts').toBe(true);
  }, 60_000);

  it(`holds at least ${MIN_COMPANIES} organisations`, () => {
    expect(COMPANY_RECORDS.length).toBeGreaterThanOrEqual(MIN_COMPANIES);
  });

  it('every code is well-formed and belongs to one company', () => {
    const owner = new Map<string, string>();
    const problems: string[] = [];
    for (const r of COMPANY_RECORDS) {
      if (r.listed !== r.codes.length > 0) problems.push(`${r.name}: listed=${r.listed}`);
      for (const c of [...r.codes, ...(r.formerCodes ?? [])]) {
        if (!isValidCode(c)) problems.push(`${r.name}: ${c}`);
        if (owner.has(c)) problems.push(`${c}: ${owner.get(c)} / ${r.name}`);
        owner.set(c, r.name);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every A-share Tushare lists today is in, with its code and a clean name (or in the report with a reason)', () => {
    const missing: string[] = [];
    for (const row of source('tushare-stock-basic.csv')) {
      if (row.status !== 'L' || leftOut.has(row.ts_code)) continue;
      const r = byCode.get(row.ts_code);
      if (!r) missing.push(`${row.ts_code} ${row.name}`);
      else if (/^(?:\*?S?\*?ST)|-U$|-W$/.test(r.name)) missing.push(`${row.ts_code}: name ${r.name} keeps a listing marker`);
    }
    expect(missing).toEqual([]);
  });

  it('every Hong Kong share both lists hold is in, with its code (or in the report with a reason)', () => {
    const gs = new Set(source('go-stock-hk.csv').map((r) => r.code));
    const missing: string[] = [];
    for (const row of source('starwrights-stocks.csv')) {
      const code = `${row.symbol}.HK`;
      if (row.market !== 'HK' || !gs.has(code) || !isHkShare(row.symbol, row.name) || leftOut.has(code)) continue;
      if (!byCode.get(code)) missing.push(`${code} ${row.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('every former short name in the history resolves to the company that had it', () => {
    const notNames = new Set(Object.values(CURATED).flatMap((records) => records.flatMap((r) => (r as { notNames?: string[] }).notNames ?? [])));
    const dictionary = new CompanyDictionary(COMPANY_RECORDS);
    const patterns = new Map<string, number>();
    dictionary.patternSurfaces.forEach((list, i) => list.length && patterns.set(lowerAscii(list[0].text), i));
    const wrong: string[] = [];
    for (const row of source('tushare-name-history.csv')) {
      const r = byCode.get(row.ts_code);
      if (!r || TRANSIENT_NAME.test(row.name) || /^\*?S?\*?ST/.test(foldWidth(row.name))) continue;
      const name = withoutShareClass(cleanAShareName(row.name));
      if (name.length < 2 || notNames.has(name)) continue;
      const p = patterns.get(lowerAscii(foldWidth(name)));
      const companies = p === undefined ? [] : dictionary.patternSurfaces[p].map((s) => dictionary.companies[s.company].name);
      if (!companies.includes(r.name)) wrong.push(`${name} (${row.ts_code}) → ${companies.join('/') || 'nothing'}`);
    }
    expect(wrong).toEqual([]);
  });

  it('a name two companies share is marked ambiguous in both', () => {
    const owners = new Map<string, string[]>();
    for (const r of COMPANY_RECORDS) for (const s of new Set(surfacesOf(r))) owners.set(s, [...(owners.get(s) ?? []), r.name]);
    const unmarked: string[] = [];
    for (const r of COMPANY_RECORDS) {
      for (const s of new Set(surfacesOf(r))) {
        if ((owners.get(s) ?? []).length > 1 && !(r.ambiguous ?? []).includes(s)) unmarked.push(`${s} (${owners.get(s)!.join(', ')})`);
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

  it('listing markers are not part of a name a reporter writes', () => {
    expect(cleanAShareName('寒武纪-U')).toBe('寒武纪');
    expect(cleanAShareName('*ST国华')).toBe('国华');
    expect(cleanAShareName('万科Ａ')).toBe('万科A');
    expect(cleanHkName('小米集团－Ｗ')).toBe('小米集团');
    expect(cleanHkName('京东集团-SW')).toBe('京东集团');
    expect(byCode.get('688256.SH')?.name).toBe('寒武纪');
    expect(byCode.get('000004.SZ')?.name).toBe('国华网安');
    expect(byCode.get('01810.HK')?.name).toBe('小米集团');
  });
});
