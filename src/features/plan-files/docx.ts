// Reading a Word (.docx) document's paragraphs and tables. Only ever loaded with `await import('./docx')`,
// so it never weighs on the first screen. fflate unzips it; the browser's DOMParser reads
// word/document.xml (decision 0015).
import { unzipSync } from 'fflate';
import type { DocBlock } from '../../domain/planFiles';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The document's paragraphs and tables in order; throws when it is not a readable Word document. */
export function readDocxBlocks(bytes: Uint8Array): DocBlock[] {
  const files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('no word/document.xml');
  const doc = new DOMParser().parseFromString(new TextDecoder().decode(xml), 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('document.xml is not XML');
  const body = doc.getElementsByTagNameNS(W, 'body')[0];
  if (!body) throw new Error('no body');
  const blocks: DocBlock[] = [];
  walk(body, blocks);
  return blocks;
}

const children = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === W && c.localName === name);

function walk(el: Element, blocks: DocBlock[]) {
  for (const child of el.children) {
    if (child.namespaceURI !== W) continue;
    if (child.localName === 'p') blocks.push({ kind: 'paragraph', text: paragraphText(child), heading: isHeading(child) });
    else if (child.localName === 'tbl') blocks.push({ kind: 'table', rows: tableRows(child) });
    else if (child.localName === 'sdt') for (const content of children(child, 'sdtContent')) walk(content, blocks);
  }
}

function isHeading(p: Element): boolean {
  const style = p.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val') ?? '';
  return /^(title|heading\s*1|heading1)$/i.test(style);
}

/** A paragraph's text: its runs, tabs as spaces, line breaks as new lines. */
function paragraphText(p: Element): string {
  let text = '';
  const visit = (el: Element) => {
    for (const c of el.children) {
      if (c.namespaceURI !== W) continue;
      if (c.localName === 't') text += c.textContent ?? '';
      else if (c.localName === 'tab') text += ' ';
      else if (c.localName === 'br' || c.localName === 'cr') text += '\n';
      else if (c.localName !== 'pPr' && c.localName !== 'rPr') visit(c);
    }
  };
  visit(p);
  return text;
}

/** Each row's cells as text (paragraphs on lines); a cell spanning columns is followed by empty cells, so columns line up. */
function tableRows(tbl: Element): string[][] {
  return children(tbl, 'tr').map((tr) =>
    children(tr, 'tc').flatMap((tc) => {
      const span = Number(tc.getElementsByTagNameNS(W, 'gridSpan')[0]?.getAttributeNS(W, 'val') ?? 1);
      const text = cellText(tc);
      return [text, ...Array.from({ length: Math.max(0, Math.min(span, 50) - 1) }, () => '')];
    }),
  );
}

function cellText(tc: Element): string {
  const lines: string[] = [];
  const visit = (el: Element) => {
    for (const c of el.children) {
      if (c.namespaceURI !== W) continue;
      if (c.localName === 'p') lines.push(paragraphText(c));
      else if (c.localName === 'tbl' || c.localName === 'sdt' || c.localName === 'sdtContent') visit(c);
      else if (c.localName === 'tr' || c.localName === 'tc') visit(c);
    }
  };
  visit(tc);
  return lines.join('\n').trim();
}
