import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';
/**
 * Builds: chrome, firefox, and chrome-e2e — the Chrome build with the quote host declared up front, for the
 * end-to-end tests only: headless Chromium cannot answer its permission prompt (no switch or preference lets
 * permissions.request through), so the granted state is tested with the host already granted. Never packaged.
 */
export type Mode = Target | 'chrome-e2e';

export const GECKO_ID = 'caizhu@caizhu.dev';
export const FIREFOX_MIN_VERSION = '140.0';
/** Firefox for Android reads data_collection_permissions from 142 on. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** manifest.json is written for Chrome; Firefox gets an event page and its gecko settings. */
export function manifestFor(target: Target, hostsUpFront = false): ManifestV3Export {
  const manifest = structuredClone(baseManifest) as Record<string, unknown>;
  if (hostsUpFront) manifest.host_permissions = [...baseManifest.optional_host_permissions];
  if (target === 'firefox') {
    const worker = (baseManifest.background as { service_worker: string }).service_worker;
    manifest.background = { scripts: [worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN_VERSION, data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    };
  }
  return manifest as unknown as ManifestV3Export;
}

/**
 * The on-request page script is injected with scripting.executeScript, which needs no
 * web_accessible_resources; @crxjs lists it there for every site all the same. Taking it
 * out keeps pages from probing for the extension.
 */
function withoutWebAccessibleResources(): Plugin {
  return {
    name: 'caizhu:without-web-accessible-resources',
    enforce: 'post',
    writeBundle(options) {
      const path = `${options.dir}/manifest.json`;
      if (!existsSync(path)) return;
      const manifest = JSON.parse(readFileSync(path, 'utf8'));
      delete manifest.web_accessible_resources;
      writeFileSync(path, JSON.stringify(manifest, null, 2));
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const e2e = mode === 'chrome-e2e';
  return {
    plugins: [crx({ manifest: manifestFor(target, e2e), browser: target, contentScripts: { standaloneFiles: ['src/content/index.ts', 'src/content/wake.ts'] } }), withoutWebAccessibleResources()],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: `dist/${e2e ? 'chrome-e2e' : target}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 8000,
    },
  };
});
