// Text-resize and reflow helper for WCAG 1.4.4 (resize text 200%) and 1.4.10 (reflow at 320 CSS px).
import type { Page } from 'playwright-core';

/** Sets the root font size (default 200%); Ionic and rem-based styles scale with it. */
export async function setTextZoom(page: Page, percent = 200): Promise<void> {
  await page.evaluate((p) => {
    document.documentElement.style.fontSize = `${p}%`;
  }, percent);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * Describes up to 10 visible elements whose right edge passes the viewport (empty when none).
 * Allowed: content inside a `table` or a `[data-hscroll-ok]` region (WCAG 1.4.10 exempts 2-D content),
 * and content clipped by an overflow-hidden ancestor that itself fits.
 */
export function findHorizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    const scroller = document.scrollingElement;
    if (scroller && scroller.scrollWidth > scroller.clientWidth + 1) {
      out.push(`page scrolls sideways: scrollWidth ${scroller.scrollWidth} > clientWidth ${scroller.clientWidth}`);
    }
    const describe = (el: Element) =>
      el.tagName.toLowerCase() +
      (el.id ? `#${el.id}` : '') +
      [...el.classList]
        .slice(0, 3)
        .map((c) => `.${c}`)
        .join('');
    // Parent in the composed (flattened) tree, so slotted content sees Ionic's shadow wrappers.
    const parentOf = (el: Element): Element | null =>
      el.assignedSlot ?? el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null;
    const exempt = (el: Element): boolean => {
      for (let p = parentOf(el); p && p !== document.documentElement; p = parentOf(p)) {
        if (p.matches('table, [data-hscroll-ok]')) return true;
        const ox = getComputedStyle(p).overflowX;
        if ((ox === 'hidden' || ox === 'clip') && p.getBoundingClientRect().right <= width + 1) return true;
      }
      return false;
    };
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (out.length >= 10) return;
        if (el.shadowRoot) walk(el.shadowRoot);
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0 || rect.right <= width + 1) continue;
        if (getComputedStyle(el).visibility === 'hidden' || el.matches('table, [data-hscroll-ok]') || exempt(el)) continue;
        out.push(`${describe(el)} right edge ${Math.round(rect.right)} > ${width}`);
      }
    };
    walk(document);
    return out;
  });
}

/** Throws, naming the offending elements, if the page needs sideways scrolling at 200% text. */
export async function expectReflowAtTextZoom(page: Page, label: string, percent = 200): Promise<void> {
  await setTextZoom(page, percent);
  const problems = await findHorizontalOverflow(page);
  if (problems.length > 0) {
    throw new Error(`"${label}" does not reflow at ${percent}% text (${page.url()}):\n  ${problems.join('\n  ')}`);
  }
}
