import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared` beside the clone: present for developers and CI, absent elsewhere. */
export const SHARED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');
export const SEED_ARTICLE = join(SHARED_DIR, 'seed/qq-20250208A078UR00.md');
export const SEED_EXPECTED = join(SHARED_DIR, 'fixtures/seed-expected.json');
export const hasShared = existsSync(SEED_ARTICLE) && existsSync(SEED_EXPECTED);

export interface SeedExpected {
  article: { id: string; url: string; title: string; source: string; published: string };
  companies: Array<{ name: string; surfaces: string[]; codes: string[]; listed: boolean; brand?: string }>;
  not_companies: Array<{ text: string }>;
  figures: Array<{ text: string; kind: string; value: number; high?: number; unit: string; approx?: boolean; company?: string; metric: string }>;
  not_figures: string[];
  quotes: Array<{ speaker: string; title?: string; org?: string; direct: boolean; starts_with: string; speaker_is_org?: boolean }>;
  not_speakers: string[];
  claims: Array<{ starts_with: string; type: string; by: string | null }>;
}

export function readSeed(): { markdown: string; expected: SeedExpected } {
  return { markdown: readFileSync(SEED_ARTICLE, 'utf8'), expected: JSON.parse(readFileSync(SEED_EXPECTED, 'utf8')) };
}
