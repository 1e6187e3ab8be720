// Refreshes the public stock lists under ./sources from git mirrors of their repositories, recording the
// commit each was read at. Needs the mirrors (e.g. `git clone --mirror https://github.com/<repo>`); the build
// (build.ts) then runs offline from the files written here.
//
//   npx tsx scripts/companies/fetch-sources.ts <dir with owner+name/repo mirrors>
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'sources');
const mirrors = process.argv[2];
if (!mirrors) {
  console.error('usage: fetch-sources.ts <mirrors dir>');
  process.exit(2);
}

interface Source {
  file: string;
  repository: string;
  path: string;
  commit: string;
  date: string;
  note: string;
}

const git = (repo: string, ...args: string[]) =>
  execFileSync('git', ['--git-dir', join(mirrors, repo.replace('/', '+'), 'repo'), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

function lastCommit(repo: string, path: string, at = 'HEAD'): { commit: string; date: string } {
  const [commit, date] = git(repo, 'log', '-1', '--format=%H %ad', '--date=short', at, '--', path).trim().split(' ');
  return { commit, date };
}

const csvField = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (header: string[], rows: unknown[][]) => [header, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';

const sources: Source[] = [];

// 1. Tushare stock_basic (A-shares, listed and delisted), as exported daily by AFAN-LIFE/macropage.
{
  const repo = 'AFAN-LIFE/macropage';
  const path = 'data/stock_basic.csv';
  const { commit, date } = lastCommit(repo, path);
  writeFileSync(join(SOURCES_DIR, 'tushare-stock-basic.csv'), git(repo, 'show', `${commit}:${path}`));
  sources.push({ file: 'tushare-stock-basic.csv', repository: repo, path, commit, date, note: 'Tushare stock_basic export: A-shares, status L (listed) or D (delisted)' });

  // Every short name a code has had over the file's history: former names.
  const history = git(repo, 'log', '--format=%H %ad', '--date=short', '--reverse', '--', path).trim().split('\n');
  const seen = new Map<string, { code: string; name: string; first: string; last: string }>();
  for (const line of history) {
    const [c, d] = line.split(' ');
    const text = git(repo, 'show', `${c}:${path}`);
    for (const row of text.split('\n').slice(1)) {
      const [tsCode, , name] = row.split(',');
      if (!tsCode || !name) continue;
      const key = `${tsCode}\t${name}`;
      const entry = seen.get(key);
      if (entry) entry.last = d;
      else seen.set(key, { code: tsCode, name, first: d, last: d });
    }
  }
  const rows = [...seen.values()].sort((a, b) => a.code.localeCompare(b.code) || a.first.localeCompare(b.first));
  writeFileSync(join(SOURCES_DIR, 'tushare-name-history.csv'), csv(['ts_code', 'name', 'first_seen', 'last_seen'], rows.map((r) => [r.code, r.name, r.first, r.last])));
  sources.push({
    file: 'tushare-name-history.csv',
    repository: repo,
    path,
    commit,
    date,
    note: `every (code, short name) pair in the file's ${history.length} versions from ${history[0].split(' ')[1]} to ${date}, with the first and last date seen`,
  });
}

// 2. go-stock's Tushare export with full legal and English names, and its Hong Kong list.
{
  const repo = 'ArvinLovegood/go-stock';
  const path = 'build/stock_basic.json';
  const { commit, date } = lastCommit(repo, path);
  const data = JSON.parse(git(repo, 'show', `${commit}:${path}`)).data as { fields: string[]; items: unknown[][] };
  const keep = ['ts_code', 'name', 'fullname', 'enname', 'industry', 'market', 'list_date', 'list_status'];
  const idx = keep.map((k) => data.fields.indexOf(k));
  writeFileSync(join(SOURCES_DIR, 'go-stock-a-shares.csv'), csv(keep, data.items.map((item) => idx.map((i) => item[i]))));
  sources.push({ file: 'go-stock-a-shares.csv', repository: repo, path, commit, date, note: `columns ${keep.join(', ')} of the Tushare stock_basic export` });

  const hkPath = 'build/stock_base_info_hk.json';
  const hk = lastCommit(repo, hkPath);
  const rows = (JSON.parse(git(repo, 'show', `${hk.commit}:${hkPath}`)) as { code: string; name: string; full_name: string; e_name: string; is_del: number }[])
    .filter((r) => !r.is_del)
    .map((r) => [r.code, r.name, r.full_name, r.e_name]);
  writeFileSync(join(SOURCES_DIR, 'go-stock-hk.csv'), csv(['code', 'name', 'full_name', 'e_name'], rows));
  sources.push({ file: 'go-stock-hk.csv', repository: repo, path: hkPath, commit: hk.commit, date: hk.date, note: 'Hong Kong securities, rows not marked deleted' });
}

// 3. starwrights trading-app: Hong Kong and US rows (US rows partly with the Chinese name media use).
{
  const repo = 'starwrights-org/trading-app';
  const path = 'public/data/stocks.json';
  const { commit, date } = lastCommit(repo, path);
  const rows = (JSON.parse(git(repo, 'show', `${commit}:${path}`)) as { symbol: string; name: string; market: string; sector?: string; alias?: string }[]).map((r) => [
    r.market,
    r.symbol,
    r.name,
    r.alias ?? '',
    r.sector ?? '',
  ]);
  writeFileSync(join(SOURCES_DIR, 'starwrights-stocks.csv'), csv(['market', 'symbol', 'name', 'alias', 'sector'], rows));
  sources.push({ file: 'starwrights-stocks.csv', repository: repo, path, commit, date, note: 'market, symbol, name, Chinese alias, sector' });
}

writeFileSync(join(SOURCES_DIR, 'SOURCES.json'), JSON.stringify(sources, null, 2) + '\n');
console.log(sources.map((s) => `${s.file}: ${s.repository} ${s.path} @ ${s.commit.slice(0, 8)} (${s.date})`).join('\n'));
