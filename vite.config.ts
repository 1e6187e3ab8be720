import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'caizhu@caizhu.dev';
export const FIREFOX_MIN_VERSION = '140.0';
/** Firefox for Android reads data_collection_permissions from 142 on. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** manifest.json is written for Chrome; Firefox gets an event page and its gecko settings. */
export function manifestFor(target: Target): ManifestV3Export {
  const manifest = structuredClone(baseManifest) as Record<string, unknown>;
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
  return {
    plugins: [crx({ manifest: manifestFor(target), browser: target, contentScripts: { standaloneFiles: ['src/content/index.ts'] } }), withoutWebAccessibleResources()],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 8000,
    },
  };
});
