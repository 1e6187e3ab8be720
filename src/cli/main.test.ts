import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './main';

const SAMPLE = 'assets/sample/article.html';

describe('caizhu CLI', () => {
  it('prints a readable card for the sample article', () => {
    const r = run(['analyze', SAMPLE]);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('《AI算力需求持续高涨');
    expect(r.stdout).toMatch(/中际旭创\s+300308\.SZ/);
  });

  it('--json prints exactly one JSON document with the Analysis keys', () => {
    const r = run(['analyze', SAMPLE, '--json', '--url', 'https://news.qq.com/rain/a/20250426A03KQ200']);
    expect(r.exitCode).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['article', 'companies', 'codes', 'figures', 'quotes', 'claims']);
    expect(Object.keys(json.article)).toEqual(['title', 'source', 'publishedAt', 'url', 'text']);
    expect(json.article.source).toBe('财注示例财经');
    expect(json.article.publishedAt).toBe('2025-04-26 20:15:32');
    expect(json.article.url).toBe('https://news.qq.com/rain/a/20250426A03KQ200');
    const company = json.companies.find((c: { name: string }) => c.name === '中际旭创');
    expect(company).toMatchObject({ codes: ['300308.SZ'], listed: true, parent: null });
    expect(company.mentions[0]).toEqual({ start: expect.any(Number), end: expect.any(Number), text: '中际旭创', brand: null });
    expect(json.codes.map((c: { code: string }) => c.code)).toEqual(['300308.SZ', '601138.SH', 'NVDA.US', '00700.HK']);
  });

  it('reads Markdown and plain text from a file or stdin path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caizhu-'));
    writeFileSync(join(dir, 'a.md'), '---\ntitle: "测试"\n---\n\n**英伟达**股价上涨。\n');
    writeFileSync(join(dir, 'a.txt'), '腾讯控股（00700.HK）发布财报。\n');
    expect(JSON.parse(run(['analyze', join(dir, 'a.md'), '--json']).stdout).companies[0].name).toBe('英伟达');
    expect(JSON.parse(run(['analyze', join(dir, 'a.txt'), '--json']).stdout).codes[0].code).toBe('00700.HK');
  });

  it('fails with a one-line error, never a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caizhu-'));
    writeFileSync(join(dir, 'empty.html'), '<html><body><div>   </div></body></html>');
    for (const args of [['analyze', join(dir, 'missing.html')], ['analyze', join(dir, 'empty.html')], ['analyse'], ['analyze'], ['analyze', 'x', '--bogus']]) {
      const r = run(args);
      expect(r.exitCode, args.join(' ')).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^caizhu: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses binary input, input that is not UTF-8 and an article longer than the extension accepts, in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caizhu-'));
    writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xe0, 0x20, 0x50]));
    writeFileSync(join(dir, 'long.txt'), '腾讯控股发布财报。\n'.repeat(40_000));
    const cases: Array<[string, RegExp]> = [
      ['image.png', /is not text$/],
      ['latin1.txt', /is not text \(not valid UTF-8\)$/],
      ['long.txt', /the article is too long \([\d,]+ characters; at most 300,000\)$/],
    ];
    for (const [file, message] of cases) {
      const r = run(['analyze', join(dir, file)]);
      expect(r.exitCode, file).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim()).toMatch(message);
    }
  });

  it('ends quietly when the reader closes the pipe (caizhu analyze … --json | head)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caizhu-'));
    writeFileSync(join(dir, 'big.txt'), '寒武纪（688256.SH）发布三季报，营收同比增长12%。\n'.repeat(4_000));
    const withStatus = spawnSync('bash', ['-c', `set -o pipefail; npx tsx src/cli/bin.ts analyze ${join(dir, 'big.txt')} --json | head -c 100 > /dev/null`], { encoding: 'utf8' });
    expect(withStatus.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(withStatus.status).toBe(0);
  }, 60_000);
});
