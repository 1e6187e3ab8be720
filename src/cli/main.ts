import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { InputError } from '../core/analyze';
import { summarize } from '../core/summary';
import { defaultAnalyzer } from '../node/engine';
import { readArticle } from '../node/read-article';
import { formatCard } from './format-card';

const USAGE = `usage: caizhu analyze <file.html|file.md|file.txt|-> [--url URL] [--json]`;

class UsageError extends Error {}

function readInput(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${code ?? (e as Error).message}`);
  }
}

export function run(argv: string[]): { stdout: string; stderr: string; exitCode: number } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, url: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) return { stdout: USAGE + '\n', stderr: '', exitCode: 0 };
    const [command, file, ...rest] = positionals;
    if (command !== 'analyze' || !file || rest.length) throw new UsageError(USAGE);
    const content = readInput(file);
    const article = readArticle(content, { url: values.url ?? null, fileName: file === '-' ? undefined : file });
    const analysis = defaultAnalyzer().analyze(article);
    const stdout = values.json ? JSON.stringify(analysis, null, 2) : formatCard(summarize(analysis));
    return { stdout: stdout + '\n', stderr: '', exitCode: 0 };
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      return { stdout: '', stderr: `caizhu: ${(e as Error).message}\n`, exitCode: 2 };
    }
    return { stdout: '', stderr: `caizhu: internal error: ${(e as Error).message}\n`, exitCode: 1 };
  }
}
