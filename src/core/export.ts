import { speakerLabel, type Summary } from './summary';

const MAX_QUOTE = 160;
const clip = (s: string, max = MAX_QUOTE) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
/** The claimant of claims in the article's own voice. */
const ARTICLE_VOICE = '文章观点';
/** After a claim the claim model is not confident of. */
const UNSURE = '（把握较低）';

/** Keeps Markdown from reading article text as markup: escapes its special characters. */
const md = (s: string) => s.replace(/([\\`*_[\]#<>|])/g, '\\$1').replace(/\n/g, ' ');

function header(summary: Summary): string[] {
  return [summary.source, summary.publishedAt].filter((x): x is string => Boolean(x));
}

/** The summary card as Markdown that reads well pasted into a chat or a note. */
export function toMarkdown(summary: Summary): string {
  const out: string[] = [`## ${md(summary.title ?? '（无标题）')}`];
  const meta = header(summary).map(md);
  if (summary.url) meta.push(`[原文](${encodeURI(summary.url)})`);
  if (meta.length) out.push(meta.join(' · '));
  if (summary.companies.length) {
    out.push('', `**公司**（${summary.companies.length}）`);
    for (const c of summary.companies) {
      const listing = c.listed ? c.codes.join(' / ') : '未上市';
      const brands = c.brands.length ? `，经由 ${c.brands.map(md).join('、')}` : '';
      out.push(`- ${md(c.name)} · ${listing}${brands}`);
    }
  }
  if (summary.figures.length) {
    out.push('', '**关键数据**');
    for (const g of summary.figures) {
      out.push(`- ${md(g.company ?? '其他')}`);
      for (const f of g.figures) out.push(`  - ${md(f.metric ?? '数值')}：${md(f.value)}`);
    }
  }
  if (summary.quotes.length) {
    out.push('', '**引语**');
    for (const s of summary.quotes) {
      out.push(`- ${md(speakerLabel(s))}`);
      for (const q of s.quotes) out.push(q.direct ? `  - “${md(clip(q.text))}”` : `  - （转述）${md(clip(q.text))}`);
    }
  }
  if (summary.claims.length) {
    out.push('', '**观点**');
    for (const g of summary.claims) {
      out.push(`- ${md(g.by ?? ARTICLE_VOICE)}`);
      for (const c of g.claims) out.push(`  - ${c.label}：${md(clip(c.text))}${c.confident ? '' : UNSURE}`);
    }
  }
  out.push('', '_由 财注 CaiZhu 在本地生成_');
  return out.join('\n') + '\n';
}

/** The summary card as plain text. */
export function toPlainText(summary: Summary): string {
  const out: string[] = [`《${summary.title ?? '（无标题）'}》`];
  const meta = [...header(summary), ...(summary.url ? [summary.url] : [])];
  if (meta.length) out.push(meta.join(' · '));
  if (summary.companies.length) {
    out.push('', `公司（${summary.companies.length}）`);
    for (const c of summary.companies) {
      const listing = c.listed ? c.listings.join('，') : '未上市';
      const brands = c.brands.length ? `  ← ${c.brands.join('、')}` : '';
      out.push(`  ${c.name}  ${listing}  ×${c.mentions}${brands}`);
    }
  } else out.push('', '公司：未发现');
  if (summary.figures.length) {
    out.push('', '关键数据');
    for (const g of summary.figures) {
      out.push(`  ${g.company ?? '其他'}`);
      for (const f of g.figures) out.push(`    ${f.metric ?? '数值'}：${f.value}　（${clip(f.context, 60)}）`);
    }
  }
  if (summary.quotes.length) {
    out.push('', '引语');
    for (const s of summary.quotes) {
      out.push(`  ${speakerLabel(s)}`);
      for (const q of s.quotes) out.push(q.direct ? `    “${clip(q.text)}”` : `    （转述）${clip(q.text)}`);
    }
  }
  if (summary.claims.length) {
    out.push('', '观点');
    for (const g of summary.claims) {
      out.push(`  ${g.by ?? ARTICLE_VOICE}`);
      for (const c of g.claims) out.push(`    ${c.label}：${clip(c.text)}${c.confident ? '' : UNSURE}`);
    }
  }
  return out.join('\n') + '\n';
}
