// A document model as a PDF, with pdfmake (docs/decisions/0013): contents page, bookmarks,
// page numbers, "DRAFT" on every page of draft minutes. Loaded only when someone exports.
import type * as PdfMakeModule from 'pdfmake/build/pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Block, DocumentModel } from '../../../domain/documents';
import { stopIfCancelled, type PdfPhoto, type WriteControl } from './progress';

type PdfMake = typeof PdfMakeModule;
let loaded: Promise<PdfMake> | null = null;

/** pdfmake and its standard Helvetica, loaded once on the first export. */
function pdfMake(): Promise<PdfMake> {
  loaded ??= (async () => {
    const [mod, helvetica] = await Promise.all([import('pdfmake/build/pdfmake'), import('pdfmake/build/standard-fonts/Helvetica')]);
    const maker = ((mod as unknown as { default?: PdfMake }).default ?? mod) as PdfMake;
    maker.addFontContainer(helvetica.default as never);
    return maker;
  })();
  return loaded;
}

const toDataUrl = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/jpeg;base64,${btoa(s)}`;
};

function content(doc: DocumentModel, photos: Map<string, PdfPhoto>): Content[] {
  const out: Content[] = [
    { text: doc.title, style: 'title' },
    { text: doc.subtitle, style: 'subtitle' },
  ];
  if (doc.contents) out.push({ toc: { title: { text: 'Contents', style: 'h1' }, numberStyle: { bold: false } } });
  let parent = '';
  let n = 0;
  for (const b of doc.blocks) out.push(block(b));
  return out;

  function block(b: Block): Content {
    switch (b.kind) {
      case 'heading': {
        const id = `h${++n}`;
        if (b.level === 1) parent = id;
        const listed = doc.contents && b.level <= 2;
        return {
          text: b.text,
          style: `h${b.level}`,
          id,
          ...(b.newPage ? { pageBreak: 'before' as const } : {}),
          ...(listed ? { tocItem: true, tocMargin: [b.level === 2 ? 14 : 0, 2, 0, 0] as [number, number, number, number] } : {}),
          ...(listed ? { outline: true, outlineText: b.text, ...(b.level === 2 && parent ? { outlineParentId: parent } : {}) } : {}),
        } as Content;
      }
      case 'paragraph':
        return {
          text: b.label ? [{ text: `${b.label}: `, bold: true }, b.text] : b.text,
          margin: [0, 0, 0, 6],
          ...(b.muted ? { color: '#555555' } : {}),
        };
      case 'list':
        return { ul: b.items, margin: [0, 0, 0, 6] };
      case 'fields':
        return {
          table: { widths: [110, '*'], body: b.pairs.map(([k, v]) => [{ text: k, bold: true }, v]) },
          layout: 'noBorders',
          margin: [0, 0, 0, 8],
        };
      case 'table':
        return {
          table: {
            headerRows: 1,
            widths: b.columns.map(() => '*'),
            body: [b.columns.map((c) => ({ text: c, bold: true })), ...b.rows.map((r) => r.map((c) => c))],
          },
          layout: 'lightHorizontalLines',
          fontSize: b.columns.length > 5 ? 8 : 9,
          margin: [0, 0, 0, 10],
        };
      case 'photo': {
        const p = photos.get(b.sha256);
        if (!p) return { text: `${b.caption}: the photo is not on this device.`, color: '#555555', margin: [0, 0, 0, 6] };
        return {
          stack: [
            { image: toDataUrl(p.bytes), fit: [360, 270] },
            { text: b.caption, fontSize: 8, color: '#555555' },
          ],
          margin: [0, 0, 0, 8],
          unbreakable: true,
        };
      }
      case 'signature':
        return {
          columns: [{ text: `${b.label}: ______________________________` }, { text: 'Date: ________________', width: 170 }],
          margin: [0, 24, 0, 0],
        };
    }
  }
}

/** The pdfmake definition of a document (exported for tests of the layout). */
export function pdfDefinition(doc: DocumentModel, photos: Map<string, PdfPhoto> = new Map()): TDocumentDefinitions {
  const def: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    info: { title: doc.title, subject: doc.subtitle, creator: 'Steward' },
    defaultStyle: { font: 'Helvetica', fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 11, color: '#333333', margin: [0, 0, 0, 16] },
      h1: { fontSize: 15, bold: true, margin: [0, 8, 0, 8] },
      h2: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      h3: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 3] },
    },
    header: doc.marking ? { text: doc.marking, bold: true, alignment: 'center', margin: [0, 24, 0, 0], fontSize: 9 } : undefined,
    footer: (page: number, pages: number) => ({
      columns: [
        { text: doc.title, fontSize: 8, color: '#555555' },
        { text: `Page ${page} of ${pages}`, alignment: 'right', fontSize: 8, width: 90 },
      ],
      margin: [48, 20, 48, 0],
    }),
    content: content(doc, photos),
  };
  if (doc.draft) def.watermark = { text: 'DRAFT', color: '#b00020', opacity: 0.2, bold: true, angle: -45 };
  return def;
}

/** The document as PDF bytes. Throws ExportCancelled when the signal is aborted. */
export async function writePdf(doc: DocumentModel, photos: Map<string, PdfPhoto> = new Map(), control: WriteControl = {}): Promise<Blob> {
  const maker = await pdfMake();
  stopIfCancelled(control.signal);
  maker.setProgressCallback((f: number) => {
    stopIfCancelled(control.signal);
    control.onProgress?.(f);
  });
  const bytes = await maker.createPdf(pdfDefinition(doc, photos)).getBuffer();
  stopIfCancelled(control.signal);
  return new Blob([new Uint8Array(bytes)], { type: 'application/pdf' });
}
