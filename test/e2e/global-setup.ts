import { execFileSync } from 'node:child_process';

/** The end-to-end tests run against the real builds: build both before any browser starts. */
export default function setup(): void {
  for (const mode of ['chrome', 'firefox']) {
    execFileSync('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn'], { stdio: 'inherit' });
  }
}
