// Paper for Ionic's tabs. Every screen sits inside ion-tabs, whose shadow root holds the pages in a
// box with size containment (`.tabs-inner { contain: layout size style }`): on paper that box is as
// tall as the window, so a screen longer than one page printed as one page, cut off. No ::part
// reaches it, so the tabs' own shadow root is given one print-only rule.
const paper = '@media print { .tabs-inner { contain: none; } }';

/** Let the tabs' pages flow onto as many sheets as they need (the rule applies only in print). */
export function letTabsPrint(tabs: Element | null): void {
  const root = tabs?.shadowRoot;
  if (!root || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in root)) return;
  if (root.adoptedStyleSheets.some((s) => s.cssRules[0]?.cssText.includes('tabs-inner { contain: none'))) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(paper);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Once ion-tabs is defined and in the page, give it the print rule. */
export function whenTabsDefined(): void {
  if (typeof customElements === 'undefined') return;
  void customElements.whenDefined('ion-tabs').then(() => document.querySelectorAll('ion-tabs').forEach(letTabsPrint));
}
