import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const CONTENT_SCRIPT_GZIP_LIMIT = 30 * 1024;
const manifest = (target: string) => JSON.parse(readFileSync(`dist/${target}/manifest.json`, 'utf8'));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the built extension', () => {
  for (const target of ['chrome', 'firefox']) {
    it(`${target}: asks only for what it uses, allows WASM and no remote code`, () => {
      const m = manifest(target);
      expect(m.manifest_version).toBe(3);
      expect(m.permissions).toEqual(['storage', 'activeTab', 'scripting']);
      expect(m.web_accessible_resources).toBeUndefined();
      expect(m.host_permissions ?? []).toEqual([]);
      // Live quotes: the one host, asked for only when the reader turns them on.
      expect(m.optional_host_permissions).toEqual(['https://qt.gtimg.cn/*']);
      expect(m.optional_permissions).toBeUndefined();
      expect(m.content_security_policy.extension_pages).toBe("script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
      for (const cs of m.content_scripts) for (const match of cs.matches) expect(match).toMatch(/^\*:\/\/(news|new|view\.inews)\.qq\.com\/\*$/);
      const code = filesUnder(`dist/${target}`).filter((f) => f.endsWith('.js')).map((f) => readFileSync(f, 'utf8')).join('\n');
      expect(code).not.toMatch(/\beval\(|new Function\(|https?:\/\/[^"'\s]*\.js["']/);
    });
  }

  it('chrome-e2e: the Chrome build with only the quote host granted up front', () => {
    const { host_permissions, ...rest } = manifest('chrome-e2e');
    expect(host_permissions).toEqual(['https://qt.gtimg.cn/*']);
    const { host_permissions: none, ...chrome } = manifest('chrome');
    expect(none).toBeUndefined();
    expect(rest).toEqual(chrome);
  });

  it('firefox: an event page, a gecko id, data collection declared', () => {
    const m = manifest('firefox');
    expect(m.background.scripts).toHaveLength(1);
    expect(m.background.service_worker).toBeUndefined();
    expect(m.browser_specific_settings.gecko).toMatchObject({ id: 'caizhu@caizhu.dev', strict_min_version: expect.stringMatching(/^\d+\.0$/), data_collection_permissions: { required: ['none'] } });
  });

  it(`keeps the content scripts within ${CONTENT_SCRIPT_GZIP_LIMIT / 1024} KB gzipped`, () => {
    for (const target of ['chrome', 'firefox']) {
      const scripts: string[] = manifest(target).content_scripts.flatMap((cs: { js: string[] }) => cs.js);
      const size = scripts.reduce((n, script) => n + gzipSync(readFileSync(`dist/${target}/${script}`)).length, 0);
      expect(size).toBeLessThanOrEqual(CONTENT_SCRIPT_GZIP_LIMIT);
    }
  });

  it('starts the keep-alive script at document_start and the annotator at document_idle, on the same pages', () => {
    for (const target of ['chrome', 'firefox']) {
      const [wake, annotator] = manifest(target).content_scripts;
      expect(wake).toMatchObject({ js: ['src/content/wake.js'], run_at: 'document_start' });
      expect(annotator).toMatchObject({ js: ['src/content/index.js'], run_at: 'document_idle' });
      expect(wake.matches).toEqual(annotator.matches);
    }
  });

  /**
   * Warnings allowed: innerHTML assignments inside Preact (its dangerouslySetInnerHTML path, which CaiZhu never
   * uses) and inside Mozilla Readability (which works on a detached clone of the page, never inserted anywhere).
   */
  it('passes web-ext lint with no errors, and warnings only from those library internals', () => {
    let out: string;
    try {
      out = execFileSync('npx', ['web-ext', 'lint', '-s', 'dist/firefox', '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
    } catch (e) {
      out = (e as { stdout: string }).stdout;
    }
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors).toEqual([]);
    const unexpected = report.warnings.filter((w: { code: string; file: string }) => !(w.code === 'UNSAFE_VAR_ASSIGNMENT' && /(popup|analyse-page)/.test(w.file)));
    expect(unexpected).toEqual([]);
  }, 60_000);
});
