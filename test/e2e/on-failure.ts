// When an e2e test fails, print what every open page shows, so a failure on a busy CI machine
// explains itself: the address, each visible Ionic page's text, and any error the page raised.
import { beforeEach } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowsers } from './browser';

const errorsOf = new WeakMap<Page, string[]>();

async function describePage(page: Page): Promise<string> {
  const errors = errorsOf.get(page) ?? [];
  const screens = await page
    .evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.ion-page:not(.ion-page-hidden)')].map(
        (el, i) => `  [${i}] <${el.tagName.toLowerCase()} class="${el.className}">\n${el.innerText.slice(0, 1500).replace(/^/gm, '    ')}`,
      ),
    )
    .catch((e: Error) => [`  (could not read the page: ${e.message})`]);
  return [`page ${page.url()}`, ...screens, ...errors.map((e) => `  ${e}`)].join('\n');
}

beforeEach(({ onTestFailed }) => {
  for (const browser of openBrowsers)
    for (const context of browser.contexts())
      for (const page of context.pages())
        if (!errorsOf.has(page)) {
          const errors: string[] = [];
          errorsOf.set(page, errors);
          page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
          page.on('console', (m) => void (m.type() === 'error' && errors.push(`console.error: ${m.text()}`)));
        }
  onTestFailed(async () => {
    const pages = [...openBrowsers].flatMap((b) => b.contexts().flatMap((c) => c.pages()));
    const described = await Promise.all(pages.map(describePage));
    console.error(`\nWhat the open pages showed when the test failed:\n${described.join('\n')}\n`);
  });
});
