// Renders the action and store icons from one drawing, in headless Chromium (run: npx tsx scripts/render-icons.ts).
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../test/e2e/chromium';

const SIZES = [16, 32, 48, 128];
const VARIANTS = { '': '#1f6feb', '-disabled': '#8c959f' } as const;

function svg(size: number, colour: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="${colour}"/>
  <text x="64" y="88" font-family="WenQuanYi Zen Hei, sans-serif" font-size="78" font-weight="700" fill="#fff" text-anchor="middle">财</text>
  <rect x="28" y="100" width="72" height="9" rx="4.5" fill="#ffd33d"/>
</svg>`;
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const [suffix, colour] of Object.entries(VARIANTS)) {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg(size, colour)}</body></html>`);
    await page.screenshot({ path: `assets/icons/icon${suffix}-${size}.png`, omitBackground: true });
  }
}
await browser.close();
