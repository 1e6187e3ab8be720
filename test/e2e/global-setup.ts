import { execFileSync } from 'node:child_process';

/**
 * The end-to-end tests run against the real builds: build them before any browser starts (chrome-e2e is the Chrome
 * build with the quote host granted up front, for the live-quote tests; see vite.config.ts).
 */
export default function setup(): void {
  for (const mode of ['chrome', 'firefox', 'chrome-e2e']) {
    execFileSync('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn'], { stdio: 'inherit' });
  }
}
