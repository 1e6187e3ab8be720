import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CAIZHU_CHROMIUM ?? '/usr/bin/chromium';
export const QQ_HOSTS = ['news.qq.com', 'new.qq.com', 'view.inews.qq.com'];
/** A news site CaiZhu does not annotate on its own, for the popup's on-request mode. */
export const OTHER_HOSTS = ['finance.sina.com.cn'];

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker: () => Promise<Worker>;
  close(): Promise<void>;
}

/** Headless Chromium with the built extension loaded and qq.com hosts mapped to the fixture server. */
export async function launchChromium(extensionDir: string, port: number, extraArgs: string[] = [], extraHostRules: string[] = []): Promise<ChromiumSession> {
  const dir = resolve(extensionDir);
  const profile = mkdtempSync(join(tmpdir(), 'caizhu-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    // A Chinese locale environment makes fontconfig prefer CJK fonts for Chinese text (screenshots).
    env: { ...process.env, LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--lang=zh-CN',
      `--host-resolver-rules=${[...[...QQ_HOSTS, ...OTHER_HOSTS].map((h) => `MAP ${h} 127.0.0.1:${port}`), ...extraHostRules].join(',')}`,
      ...extraArgs,
    ],
  });
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL((await worker()).url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
