import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { InputError } from '../core/analyze';
import { MAX_ARTICLE_CHARS } from '../core/limits';
import { summarize } from '../core/summary';
import { defaultAnalyzer } from '../node/engine';
import { readArticle } from '../node/read-article';
import { formatCard } from './format-card';

const USAGE = `usage: caizhu analyze <file.html|file.md|file.txt|-> [--url URL] [--json]`;

class UsageError extends Error {}

/** A page bigger than this is no article a reader opens (the extension refuses the article text past MAX_ARTICLE_CHARS). */
const MAX_INPUT_BYTES = 32 * 2 ** 20;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function readInput(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${code ?? (e as Error).message}`);
  }
  const name = path === '-' ? 'the input' : path;
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError(`${name} is too large (${(bytes.length / 2 ** 20).toFixed(0)} MB; at most ${MAX_INPUT_BYTES / 2 ** 20} MB)`);
  if (bytes.subarray(0, 65536).includes(0)) throw new InputError(`${name} is not text`);
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new InputError(`${name} is not text (not valid UTF-8)`);
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
    if (article.text.length > MAX_ARTICLE_CHARS) {
      throw new InputError(`the article is too long (${article.text.length.toLocaleString('en')} characters; at most ${MAX_ARTICLE_CHARS.toLocaleString('en')})`);
    }
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
