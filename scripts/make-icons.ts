// Renders scripts/assets/icon.svg to the PNG sizes the manifest uses, with Chromium (no image library needed).
// Run by hand after changing the SVG: `npx tsx scripts/make-icons.ts`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome, ROOT } from './lib/browser';

const svg = readFileSync(path.join(ROOT, 'scripts/assets/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: findChrome(), headless: true });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`,
  );
  await page.screenshot({ path: path.join(ROOT, `public/icon/${size}.png`), omitBackground: true });
}
await browser.close();
