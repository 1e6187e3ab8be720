import { Lexer, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import type { Article } from '../core/types';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function inlineText(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  return tokens
    .map((t) => {
      switch (t.type) {
        case 'image':
        case 'html':
          return '';
        case 'br':
          return '\n';
        case 'codespan':
        case 'escape':
          return (t as Tokens.Codespan).text;
        default:
          return 'tokens' in t && t.tokens ? inlineText(t.tokens) : 'text' in t ? String(t.text) : '';
      }
    })
    .join('');
}

function blockTexts(tokens: Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.type === 'paragraph' || t.type === 'heading') out.push(inlineText(t.tokens));
    else if (t.type === 'blockquote') out.push(...blockTexts((t as Tokens.Blockquote).tokens));
    else if (t.type === 'list') for (const item of (t as Tokens.List).items) out.push(...blockTexts(item.tokens));
    else if (t.type === 'text') out.push('tokens' in t && t.tokens ? inlineText(t.tokens) : (t as Tokens.Text).text);
  }
  return out;
}

function frontMatterString(meta: Record<string, unknown>, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = meta[k];
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (v instanceof Date) return v.toISOString();
  }
  return null;
}

/** A Markdown article (optional YAML front matter with title/date/source/url) as plain paragraphs. */
export function markdownToArticle(markdown: string, url: string | null = null): Article {
  let body = markdown;
  let meta: Record<string, unknown> = {};
  const fm = FRONT_MATTER.exec(markdown);
  if (fm) {
    body = markdown.slice(fm[0].length);
    try {
      const parsed: unknown = parseYaml(fm[1]);
      if (parsed && typeof parsed === 'object') meta = parsed as Record<string, unknown>;
    } catch {
      meta = {};
    }
  }
  const paragraphs = blockTexts(new Lexer().lex(body))
    .flatMap((p) => p.split('\n'))
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    title: frontMatterString(meta, 'title'),
    source: frontMatterString(meta, 'source', 'media', 'author'),
    publishedAt: frontMatterString(meta, 'date', 'published', 'pubtime'),
    url: url ?? frontMatterString(meta, 'url', 'link'),
    text: paragraphs.join('\n'),
  };
}

/** Plain text: one paragraph per non-empty line. */
export function plainTextToArticle(text: string, url: string | null = null): Article {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return { title: null, source: null, publishedAt: null, url, text: lines.join('\n') };
}
