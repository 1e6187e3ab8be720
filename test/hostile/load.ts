import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One page of the hostile corpus and what CaiZhu must do on it (cases.json). */
export interface HostileCase {
  /** The page's file in this folder. */
  page: string;
  /** Host and path it is served at. */
  path: string;
  why: string;
  /** Whether the page holds an article CaiZhu annotates. */
  article: boolean;
  /** Company names that must be highlighted (a highlight split over elements counts whole). */
  marks: string[];
  /** Text that must not be inside any highlight. */
  noMarks: string[];
  /** How many times the page's own scripts run (each adds one to window.__pageRuns). */
  pageRuns: number;
}

const DIR = 'test/hostile';
/** The bundled sample article (written for the project) is the text of most hostile pages. */
const SAMPLE = readFileSync('assets/sample/article.html', 'utf8');

function sampleParagraphs(): string[] {
  const body = SAMPLE.slice(SAMPLE.indexOf('<div class="rich_media_content">'));
  return [...body.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]);
}

/** Splits HTML into its tags and its characters (an entity counts as one). */
function pieces(html: string): string[] {
  return html.match(/<[^>]*>|&[#\w]+;|[\s\S]/gu) ?? [];
}

const TAGS = ['span', 'b', 'i', 'em', 'font'];

/**
 * The page's HTML, its placeholders filled in:
 * `{{article}}` the sample's paragraphs; `{{article:per-character}}` each character in an element of its own;
 * `{{article:one-paragraph N}}` the sample N times as the text of one paragraph;
 * `{{article:between-words X}}` markup X between every two characters; `{{repeat N}}…{{/repeat}}` N copies.
 */
export function hostilePage(file: string): string {
  const paragraphs = sampleParagraphs();
  return readFileSync(join(DIR, file), 'utf8')
    .replace(/\{\{repeat (\d+)\}\}([\s\S]*?)\{\{\/repeat\}\}/g, (_, n: string, body: string) => body.repeat(Number(n)))
    .replace(/\{\{article:one-paragraph (\d+)\}\}/g, (_, n: string) => Array.from({ length: Number(n) }, () => paragraphs.join('')).join(''))
    .replace(/\{\{article:between-words ([^}]*)\}\}/g, (_, between: string) =>
      paragraphs.map((p) => `<p>${pieces(p).map((c) => (c.startsWith('<') ? c : c + between)).join('')}</p>`).join('\n'),
    )
    .replace(/\{\{article:per-character\}\}/g, () =>
      paragraphs
        .map((p, i) => `<p>${pieces(p).map((c, j) => (c.startsWith('<') || /\s/.test(c) ? c : `<${TAGS[(i + j) % TAGS.length]}>${c}</${TAGS[(i + j) % TAGS.length]}>`)).join('')}</p>`)
        .join('\n'),
    )
    .replace(/\{\{article\}\}/g, () => paragraphs.map((p) => `<p>${p}</p>`).join('\n'));
}

export function hostileCases(): HostileCase[] {
  return JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8')) as HostileCase[];
}
