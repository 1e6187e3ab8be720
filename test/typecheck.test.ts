import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The whole project type-checks (strict), and src/core does so without the DOM library. */
describe('types', () => {
  for (const project of ['tsconfig.json', 'src/core/tsconfig.json']) {
    it(`tsc --noEmit -p ${project}`, () => {
      let output = '';
      try {
        execFileSync('npx', ['tsc', '--noEmit', '-p', project], { encoding: 'utf8' });
      } catch (e) {
        output = (e as { stdout?: string }).stdout ?? String(e);
      }
      expect(output).toBe('');
    }, 120_000);
  }
});
