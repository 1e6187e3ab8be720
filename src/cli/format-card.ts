import type { Summary } from '../core/summary';

/** The summary card as terminal text. */
export function formatCard(summary: Summary): string {
  const lines: string[] = [];
  lines.push(`《${summary.title ?? '（无标题）'}》`);
  const meta = [summary.source, summary.publishedAt, summary.url].filter(Boolean).join(' · ');
  if (meta) lines.push(meta);
  lines.push('');
  lines.push(`公司 Companies (${summary.companies.length})`);
  if (summary.companies.length === 0) lines.push('  （未发现公司）');
  for (const c of summary.companies) {
    const listing = c.listed ? c.listings.join('，') : '未上市';
    const brands = c.brands.length ? `  ← ${c.brands.join('、')}` : '';
    lines.push(`  ${c.name}  ${listing}  ×${c.mentions}${brands}`);
  }
  return lines.join('\n');
}
