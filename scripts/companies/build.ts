// Builds the company dictionary (src/core/companies/data/companies.json) from the public stock lists in
// ./sources (market.ts) and the hand-kept layer in src/core/companies/data/curated/, and writes what it left
// out and why to ./sources/../REPORT.md. Offline and deterministic:
//
//   npx tsx scripts/companies/build.ts          # rebuild
//   npx tsx scripts/companies/build.ts --check  # exit 1 if the committed files differ from a rebuild
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompanyDictionary } from '../../src/core/companies/dictionary';
import type { CompanyKind, CompanyRecord } from '../../src/core/companies/record';
import { readMarket, type Listing } from './market';
import { ordinaryWordJudge } from './ordinary-words';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../..');
const SOURCES = join(HERE, 'sources');
const CURATED = join(ROOT, 'src/core/companies/data/curated');
export const OUTPUT = join(ROOT, 'src/core/companies/data/companies.json');
export const REPORT = join(HERE, 'REPORT.md');
export const INDEX = join(ROOT, 'src/core/companies/data/companies.index.json');

interface Curated extends CompanyRecord {
  file: string;
  /** Names a listing has that reporters never use for the company (机器人 for 新松): dropped from its surfaces. */
  notNames?: string[];
}

const read = (name: string) => readFileSync(join(SOURCES, name), 'utf8');

export function loadCurated(): Curated[] {
  return readdirSync(CURATED)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => (JSON.parse(readFileSync(join(CURATED, file), 'utf8')) as CompanyRecord[]).map((r) => ({ ...r, file })));
}

const CODE_ORDER = ['SH', 'SZ', 'BJ', 'HK', 'US'];
const codeRank = (code: string) => {
  const i = CODE_ORDER.indexOf(code.split('.').pop()!);
  return i < 0 ? CODE_ORDER.length : i;
};
const sortCodes = (codes: Iterable<string>) => [...new Set(codes)].sort((a, b) => codeRank(a) - codeRank(b) || a.localeCompare(b));

interface Merged {
  name: string;
  fullName?: string;
  en?: string;
  aliases: Set<string>;
  brands: Set<string>;
  codes: Set<string>;
  formerCodes: Set<string>;
  industry?: string;
  kind?: CompanyKind;
  parent?: string;
  /** Surfaces the curated layer marks as ordinary words. */
  ambiguous: Set<string>;
  /** Surfaces the curated layer vouches for (its own names): never marked by the ordinary-word rule. */
  vouched: Set<string>;
  notNames: Set<string>;
  curated: boolean;
}

export interface BuildOutput {
  records: CompanyRecord[];
  report: string;
}

export async function build(): Promise<BuildOutput> {
  const sourcesMeta = JSON.parse(read('SOURCES.json')) as { file: string; repository: string; path: string; commit: string; date: string }[];
  const curated = loadCurated();
  const curatedNames = new Set(curated.flatMap((c) => [c.name, ...(c.aliases ?? [])]));
  const market = readMarket({
    tushare: read('tushare-stock-basic.csv'),
    tushareHistory: read('tushare-name-history.csv'),
    goStockAShares: read('go-stock-a-shares.csv'),
    goStockHk: read('go-stock-hk.csv'),
    starwrights: read('starwrights-stocks.csv'),
  }, curatedNames);

  const merged: Merged[] = [];
  const byCode = new Map<string, Merged>();
  const byName = new Map<string, Merged>();
  const index = (m: Merged) => {
    for (const c of m.codes) byCode.set(c, m);
    for (const c of m.formerCodes) byCode.set(c, m);
  };
  const emptyMerged = (name: string, curated: boolean): Merged => ({
    name,
    aliases: new Set(),
    brands: new Set(),
    codes: new Set(),
    formerCodes: new Set(),
    ambiguous: new Set(),
    vouched: new Set(),
    notNames: new Set(),
    curated,
  });
  const fromListing = (l: Listing): Merged => ({
    ...emptyMerged(l.name, false),
    fullName: l.fullName,
    en: l.en,
    aliases: new Set(l.aliases),
    codes: new Set(l.codes),
    formerCodes: new Set(l.formerCodes ?? []),
    industry: l.industry,
    kind: l.kind,
    ambiguous: new Set(l.ambiguous ?? []),
  });

  // 1. Listings, A-shares first; a Hong Kong or US listing joins the A-share of the same name (A+H: 中国平安, 比亚迪股份).
  const pairNotes: string[] = [];
  for (const l of market.listings) {
    const suffix = l.codes[0].split('.').pop();
    if (suffix !== 'SH' && suffix !== 'SZ' && suffix !== 'BJ') {
      const partner = byName.get(l.name) ?? (l.name.endsWith('股份') ? byName.get(l.name.slice(0, -2)) : undefined);
      if (partner && (suffix === 'HK' ? ![...partner.codes].some((c) => c.endsWith('.HK')) : true)) {
        for (const c of l.codes) partner.codes.add(c);
        if (l.name !== partner.name) partner.aliases.add(l.name);
        for (const a of l.aliases) partner.aliases.add(a);
        partner.en ??= l.en;
        index(partner);
        if (suffix === 'HK') pairNotes.push(`${partner.name}: ${[...partner.codes].join(' + ')}`);
        continue;
      }
    }
    const m = fromListing(l);
    merged.push(m);
    index(m);
    if (!byName.has(m.name)) byName.set(m.name, m);
  }

  // 2. The curated layer on top: it names, aliases, marks and classifies; its codes join the listing they share.
  const curatedNotes: string[] = [];
  for (const c of curated) {
    const codeMatches = [...new Set(c.codes.map((code) => byCode.get(code)).filter((m): m is Merged => !!m))];
    let target: Merged | undefined = codeMatches[0];
    if (codeMatches.length > 1) {
      // One curated company over several generated listings (an A-share and a differently named H-share): join them.
      for (const other of codeMatches.slice(1)) {
        for (const code of other.codes) target.codes.add(code);
        for (const code of other.formerCodes) target.formerCodes.add(code);
        target.aliases.add(other.name);
        for (const a of other.aliases) target.aliases.add(a);
        merged.splice(merged.indexOf(other), 1);
      }
    }
    if (!target && c.codes.length === 0) {
      const names = [c.name, c.fullName, ...(c.aliases ?? [])].filter((n): n is string => !!n);
      target = merged.find((m) => names.includes(m.name) || (m.fullName && names.includes(m.fullName)) || (m.curated && m.aliases.has(c.name)));
      if (target) curatedNotes.push(`${c.file}: ${c.name} joins ${target.name} ${[...target.codes].join(' ')}`);
    }
    if (!target) {
      target = emptyMerged(c.name, true);
      merged.push(target);
    } else if (target.name !== c.name) {
      if (!target.curated) target.aliases.add(target.name);
      target.aliases.delete(c.name);
      if (target.curated) target.aliases.add(c.name);
      else target.name = c.name;
    }
    target.curated = true;
    if (c.fullName) target.fullName = c.fullName;
    if (c.en) target.en = c.en;
    for (const a of c.aliases ?? []) target.aliases.add(a);
    for (const b of c.brands ?? []) target.brands.add(b);
    for (const code of c.codes) target.codes.add(code);
    for (const a of c.ambiguous ?? []) target.ambiguous.add(a);
    for (const n of c.notNames ?? []) target.notNames.add(n);
    for (const s of [c.name, ...(c.aliases ?? []), ...(c.brands ?? []), c.en]) if (s) target.vouched.add(s);
    if (c.industry) target.industry = c.industry;
    if (c.kind) target.kind = c.kind;
    if (c.parent) target.parent = c.parent;
    index(target);
  }

  // 3. Ordinary words: a generated name that jieba knows as a common word or a place needs context, like 美的.
  const judge = ordinaryWordJudge();
  const surfaceOwners = new Map<string, number>();
  for (const m of merged) for (const s of surfacesOf(m)) surfaceOwners.set(s, (surfaceOwners.get(s) ?? 0) + 1);
  const records: CompanyRecord[] = merged.map((m) => {
    if (m.notNames.has(m.name)) {
      const written = [...m.aliases].find((a) => !m.notNames.has(a) && /\p{Script=Han}/u.test(a));
      if (written) m.name = written;
    }
    if (m.en && m.notNames.has(m.en)) m.en = undefined;
    for (const n of m.notNames) m.aliases.delete(n);
    m.aliases.delete(m.name);
    if (m.en) m.aliases.delete(m.en);
    const aliases = [...m.aliases].filter((a) => a.length >= 2).sort();
    const brands = [...m.brands].sort();
    const ambiguous = new Set([...m.ambiguous].filter((a) => [m.name, ...aliases, ...brands, m.en, m.fullName].includes(a)));
    for (const s of [m.name, ...aliases]) if (!m.vouched.has(s) && judge(s)) ambiguous.add(s);
    for (const s of surfacesOf(m)) if ((surfaceOwners.get(s) ?? 0) > 1) ambiguous.add(s);
    // Two or three capitals are an abbreviation of many things besides a company (PMI, GDP, PM): context decides.
    for (const s of aliases) if (/^[A-Z]{2,3}$/.test(s)) ambiguous.add(s);
    const codes = sortCodes([...m.codes].filter((c) => !m.formerCodes.has(c)));
    const record: CompanyRecord = {
      name: m.name,
      ...(m.fullName ? { fullName: m.fullName } : {}),
      ...(m.en ? { en: m.en } : {}),
      ...(aliases.length ? { aliases } : {}),
      ...(brands.length ? { brands } : {}),
      codes,
      ...(m.formerCodes.size ? { formerCodes: sortCodes(m.formerCodes) } : {}),
      ...(m.industry ? { industry: m.industry } : {}),
      listed: codes.length > 0,
      ...(m.kind && m.kind !== 'company' ? { kind: m.kind } : {}),
      ...(m.parent ? { parent: m.parent } : {}),
      ...(ambiguous.size ? { ambiguous: [...ambiguous].sort() } : {}),
    };
    return record;
  });
  records.sort((a, b) => (a.codes[0] ?? '~' + a.name).localeCompare(b.codes[0] ?? '~' + b.name));

  const count = (pred: (r: CompanyRecord) => boolean) => records.filter(pred).length;
  const byExchange = (suffix: string) => count((r) => r.codes.some((c) => c.endsWith(`.${suffix}`)));
  const kinds = ['broker', 'fund', 'investor', 'research'] as const;
  const report = [
    '# Company dictionary: build report',
    '',
    'Written by `scripts/companies/build.ts`; do not edit by hand.',
    '',
    '## Sources',
    '',
    ...sourcesMeta.map((s) => `- \`${s.file}\`: ${s.repository} \`${s.path}\` at ${s.commit} (${s.date})`),
    '- the curated layer: `src/core/companies/data/curated/*.json` (hand-kept)',
    '',
    '## Counts',
    '',
    `| what | count |`,
    `| --- | --- |`,
    `| organisations | ${records.length} |`,
    `| listed | ${count((r) => r.listed)} |`,
    `| with a Shanghai / Shenzhen / Beijing listing | ${byExchange('SH')} / ${byExchange('SZ')} / ${byExchange('BJ')} |`,
    `| with a Hong Kong listing | ${byExchange('HK')} |`,
    `| with a US listing | ${byExchange('US')} |`,
    `| listed elsewhere only (Taiwan, Korea, Japan, Europe) | ${count((r) => r.codes.length > 0 && r.codes.every((c) => !/\.(SH|SZ|BJ|HK|US)$/.test(c)))} |`,
    ...kinds.map((k) => `| kind ${k} | ${count((r) => r.kind === k)} |`),
    `| unlisted companies | ${count((r) => !r.listed && !r.kind)} |`,
    `| names marked as ordinary words (need context) | ${count((r) => (r.ambiguous ?? []).includes(r.name))} |`,
    '',
    `## Left out (${market.excluded.length})`,
    '',
    ...market.excluded.map((e) => `- ${e.code} ${e.name}: ${e.reason}`),
    '',
    `## Settled (${market.notes.length})`,
    '',
    ...market.notes.map((n) => `- ${n}`),
    '',
    `## A+H pairs by name (${pairNotes.length})`,
    '',
    ...pairNotes.map((n) => `- ${n}`),
    '',
    `## Curated unlisted names that are listed (${curatedNotes.length})`,
    '',
    ...curatedNotes.map((n) => `- ${n}`),
    '',
  ].join('\n');
  return { records, report };
}

function surfacesOf(m: Merged): string[] {
  return [...new Set([m.name, ...m.aliases, ...m.brands, ...(m.en ? [m.en] : [])])];
}

export function serialise(records: CompanyRecord[]): string {
  return '[\n' + records.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n';
}

/** The matcher's surfaces, prepared as the engine loads them (CompanyDictionary's index). */
export function serialiseIndex(records: CompanyRecord[]): string {
  return JSON.stringify(new CompanyDictionary(records).toIndex()) + '\n';
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const { records, report } = await build();
  const data = serialise(records);
  if (process.argv.includes('--check')) {
    const same = readFileSync(OUTPUT, 'utf8') === data && readFileSync(REPORT, 'utf8') === report && readFileSync(INDEX, 'utf8') === serialiseIndex(records);
    console.log(same ? 'companies.json and REPORT.md are up to date' : 'companies.json or REPORT.md differs from a rebuild');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(OUTPUT, data);
  writeFileSync(REPORT, report);
  writeFileSync(INDEX, serialiseIndex(records));
  console.log(report.split('\n').slice(0, 30).join('\n'));
}
