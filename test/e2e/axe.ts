// Accessibility helper: runs axe-core (WCAG 2.0/2.1/2.2 A+AA and best practice) in the page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The axe tags we hold every screen to (UK public sector: WCAG 2.2 AA). */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe on the page as it is now and returns the raw violations (any impact). */
export async function axeViolations(page: Page): Promise<Result[]> {
  // Let page transitions and toasts finish animating: mid-fade text is measured at partial opacity.
  // Calm for five frames running, and no page still waiting to come in (Ionic marks a page
  // ion-page-invisible until its transition starts), so a transition about to begin is waited for too.
  await page.evaluate(() => ((window as unknown as { axeCalmFrames: number }).axeCalmFrames = 0));
  await page.waitForFunction(
    () => {
      const w = window as unknown as { axeCalmFrames: number };
      const calm = document.getAnimations().every((a) => a.playState !== 'running') && !document.querySelector('.ion-page-invisible');
      w.axeCalmFrames = calm ? w.axeCalmFrames + 1 : 0;
      return w.axeCalmFrames >= 5;
    },
    undefined,
    { timeout: 20_000, polling: 'raf' },
  );
  // Inject through CDP so that a strict Content-Security-Policy cannot block it.
  const cdp = await page.context().newCDPSession(page);
  try {
    const injected = await cdp.send('Runtime.evaluate', { expression: axeSource, returnByValue: true });
    if (injected.exceptionDetails) throw new Error(`axe-core injection failed: ${injected.exceptionDetails.text}`);
  } finally {
    await cdp.detach();
  }
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    axeTags,
  );
  return results.violations;
}

/** Throws, listing rule id, impact, help and target selectors, if axe finds any serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length === 0) return;
  const lines = serious.map((v) => {
    const targets = v.nodes.map((n) => `      ${JSON.stringify(n.target)}`).join('\n');
    return `  - ${v.id} [${v.impact}] ${v.help} (${v.helpUrl})\n${targets}`;
  });
  throw new Error(`${serious.length} serious/critical axe violation(s) on "${label}" (${page.url()}):\n${lines.join('\n')}`);
}
