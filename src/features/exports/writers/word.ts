// A document model as a Word file (.docx), with the `docx` library (docs/decisions/0013): headings
// Word lists in its navigation pane, page numbers, "DRAFT" in the header of every page of draft
// minutes, the Part B marking likewise. Loaded only when someone exports.
import type * as DocxModule from 'docx';
import type { Block, DocumentModel } from '../../../domain/documents';
import { stopIfCancelled, type PdfPhoto, type WriteControl } from './progress';

type Docx = typeof DocxModule;

function paragraphs(d: Docx, text: string, opts: { bold?: boolean; muted?: boolean } = {}) {
  return text
    .split('\n')
    .map(
      (line) => new d.Paragraph({ children: [new d.TextRun({ text: line, bold: opts.bold, color: opts.muted ? '555555' : undefined })] }),
    );
}

function table(d: Docx, columns: string[], rows: string[][], header = true) {
  const cell = (text: string, bold = false) => new d.TableCell({ children: paragraphs(d, text, { bold }) });
  return new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    rows: [
      ...(header ? [new d.TableRow({ tableHeader: true, children: columns.map((c) => cell(c, true)) })] : []),
      ...rows.map((r) => new d.TableRow({ children: r.map((c, i) => cell(c, !header && i === 0)) })),
    ],
  });
}

function block(d: Docx, b: Block, photos: Map<string, PdfPhoto>) {
  const levels = { 1: d.HeadingLevel.HEADING_1, 2: d.HeadingLevel.HEADING_2, 3: d.HeadingLevel.HEADING_3 } as const;
  switch (b.kind) {
    case 'heading':
      return [new d.Paragraph({ text: b.text, heading: levels[b.level], pageBreakBefore: b.newPage ?? false })];
    case 'paragraph':
      return b.text.split('\n').map(
        (line, i) =>
          new d.Paragraph({
            children: [
              ...(b.label && i === 0 ? [new d.TextRun({ text: `${b.label}: `, bold: true })] : []),
              new d.TextRun({ text: line, color: b.muted ? '555555' : undefined }),
            ],
            spacing: { after: 120 },
          }),
      );
    case 'list':
      return b.items.map((item) => new d.Paragraph({ text: item, bullet: { level: 0 } }));
    case 'fields':
      return [table(d, [], b.pairs, false), new d.Paragraph({ text: '' })];
    case 'table':
      return [table(d, b.columns, b.rows), new d.Paragraph({ text: '' })];
    case 'photo': {
      const p = photos.get(b.sha256);
      if (!p) return paragraphs(d, `${b.caption}: the photo is not on this device.`, { muted: true });
      const scale = Math.min(1, 480 / p.width, 360 / p.height);
      return [
        new d.Paragraph({
          children: [
            new d.ImageRun({
              type: 'jpg',
              data: p.bytes,
              transformation: { width: Math.round(p.width * scale), height: Math.round(p.height * scale) },
            }),
          ],
        }),
        ...paragraphs(d, b.caption, { muted: true }),
      ];
    }
    case 'signature':
      return [
        new d.Paragraph({ text: '', spacing: { before: 360 } }),
        new d.Paragraph({ children: [new d.TextRun(`${b.label}: ______________________________      Date: ________________`)] }),
      ];
  }
}

/** The document as .docx bytes. Throws ExportCancelled when the signal is aborted. */
export async function writeWord(doc: DocumentModel, photos: Map<string, PdfPhoto> = new Map(), control: WriteControl = {}): Promise<Blob> {
  const d = await import('docx');
  stopIfCancelled(control.signal);
  const marks = [doc.draft ? 'DRAFT' : '', doc.marking ?? ''].filter(Boolean);
  const header = new d.Header({
    children: marks.map(
      (m) =>
        new d.Paragraph({
          alignment: d.AlignmentType.CENTER,
          children: [new d.TextRun({ text: m, bold: true, color: m === 'DRAFT' ? 'B00020' : undefined, size: m === 'DRAFT' ? 36 : 18 })],
        }),
    ),
  });
  const footer = new d.Footer({
    children: [
      new d.Paragraph({
        alignment: d.AlignmentType.RIGHT,
        children: [
          new d.TextRun({ children: [`${doc.title}    Page `, d.PageNumber.CURRENT, ' of ', d.PageNumber.TOTAL_PAGES], size: 16 }),
        ],
      }),
    ],
  });
  const children = [
    new d.Paragraph({ text: doc.title, heading: d.HeadingLevel.TITLE }),
    new d.Paragraph({ text: doc.subtitle, spacing: { after: 240 } }),
    ...doc.blocks.flatMap((b) => block(d, b, photos)),
  ];
  control.onProgress?.(0.5);
  const file = new d.Document({
    creator: 'Steward',
    title: doc.title,
    description: doc.subtitle,
    styles: { default: { document: { run: { font: 'Arial', size: 21 } } } },
    sections: [{ properties: {}, headers: { default: header }, footers: { default: footer }, children }],
  });
  const blob = await d.Packer.toBlob(file);
  stopIfCancelled(control.signal);
  control.onProgress?.(1);
  return new Blob([blob], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}
