// Draws Steward's icons from one SVG and renders the PNGs with the system Chromium.
//   node --import tsx scripts/make-icons.ts
// Writes public/favicon.svg, public/apple-touch-icon.png (180) and public/icons/icon-192.png,
// icon-512.png, icon-maskable-512.png. Needs /usr/bin/chromium (scripts/ensure-chromium.sh).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const NAVY = '#1d3557'; // keep in step with themeColor in vite.config.ts
const WHITE = '#ffffff';
const CHROMIUM = '/usr/bin/chromium';
const publicDir = path.resolve(import.meta.dirname, '..', 'public');

/** A shield with a tick: care and assurance. Drawn on a 512 grid, centred on (256, 262). */
function mark(scale: number): string {
  const shield = 'M256 88 L392 138 V246 C392 338 334 404 256 436 C178 404 120 338 120 246 V138 Z';
  const tick = 'M184 262 L236 314 L330 208';
  // Scale about the shield's centre, then move that centre to the middle of the canvas.
  const transform = `translate(256 256) scale(${scale}) translate(-256 -262)`;
  return [
    `<g transform="${transform}">`,
    `<path d="${shield}" fill="${WHITE}"/>`,
    `<path d="${tick}" fill="none" stroke="${NAVY}" stroke-width="38" stroke-linecap="round" stroke-linejoin="round"/>`,
    `</g>`,
  ].join('');
}

type Shape = 'rounded' | 'square';

function svg(shape: Shape, scale: number): string {
  const background =
    shape === 'rounded' ? `<rect width="512" height="512" rx="112" fill="${NAVY}"/>` : `<rect width="512" height="512" fill="${NAVY}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${background}${mark(scale)}</svg>`;
}

interface Icon {
  file: string;
  size: number;
  shape: Shape;
  scale: number;
}

const icons: Icon[] = [
  // "any" purpose: rounded corners, transparent outside them.
  { file: 'icons/icon-192.png', size: 192, shape: 'rounded', scale: 1 },
  { file: 'icons/icon-512.png', size: 512, shape: 'rounded', scale: 1 },
  // Maskable: full bleed; the mark stays inside the central circle of radius 40% (the safe zone).
  { file: 'icons/icon-maskable-512.png', size: 512, shape: 'square', scale: 0.8 },
  // iOS rounds the corners itself and shows transparency as black, so full bleed.
  { file: 'apple-touch-icon.png', size: 180, shape: 'square', scale: 0.85 },
];

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run scripts/ensure-chromium.sh (or apt-get install chromium).`);
  }
  mkdirSync(path.join(publicDir, 'icons'), { recursive: true });
  writeFileSync(path.join(publicDir, 'favicon.svg'), `${svg('rounded', 1)}\n`);
  console.info('wrote public/favicon.svg');

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const icon of icons) {
      await page.setViewportSize({ width: icon.size, height: icon.size });
      const image = svg(icon.shape, icon.scale).replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `);
      await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${image}</body></html>`);
      const png = await page.screenshot({ type: 'png', omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
      writeFileSync(path.join(publicDir, icon.file), png);
      console.info(`wrote public/${icon.file} (${icon.size}×${icon.size}, ${png.length} bytes)`);
    }
  } finally {
    await browser.close();
  }
}

await main();
