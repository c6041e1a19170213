// What goes into a document, independent of the file it becomes: the PDF and Word writers
// (src/features/exports/writers) turn this into bytes. Pure data, so tests can read it too.

/** One piece of a document, in reading order. */
export type Block =
  /** A heading; level 1 and 2 headings are listed on the contents page and as bookmarks (when the document has contents). */
  | { kind: 'heading'; text: string; level: 1 | 2 | 3; newPage?: boolean; label?: undefined }
  /** A paragraph, with an optional bold label before it ("Challenge: …"). */
  | { kind: 'paragraph'; text: string; label?: string; muted?: boolean }
  | { kind: 'list'; items: string[] }
  /** A table with a heading row; every cell is text. */
  | { kind: 'table'; columns: string[]; rows: string[][]; caption?: string }
  /** Label and value pairs, e.g. School: Northgate Primary School. */
  | { kind: 'fields'; pairs: [string, string][] }
  /** A photo from the files table, by the SHA-256 of its bytes; the writer downscales it. */
  | { kind: 'photo'; sha256: string; caption: string }
  /** A place for a signature: a labelled line to sign and a line for the date. */
  | { kind: 'signature'; label: string };

export interface DocumentModel {
  /** The title on the first page and in the file's properties. */
  title: string;
  /** The line under the title, e.g. the school's name and the date range. */
  subtitle: string;
  /** A file name without its extension: "northgate-primary-school-minutes-2026-11-18-part-a". */
  fileName: string;
  /** "DRAFT" across every page (minutes not yet approved). */
  draft: boolean;
  /** A contents page after the title, with bookmarks (outline) for each level 1 and 2 heading. */
  contents: boolean;
  /** A line in the header of every page, e.g. "Part B: confidential, not for publication". */
  marking?: string;
  blocks: Block[];
}

/** Every piece of text in a document, for tests and checks ("does any Part B text appear?"). */
export function documentText(doc: DocumentModel): string {
  const parts: string[] = [doc.title, doc.subtitle, doc.marking ?? ''];
  for (const b of doc.blocks) {
    if (b.kind === 'heading' || b.kind === 'paragraph') parts.push(b.label ?? '', b.text);
    else if (b.kind === 'list') parts.push(...b.items);
    else if (b.kind === 'table') parts.push(b.caption ?? '', ...b.columns, ...b.rows.flat());
    else if (b.kind === 'fields') parts.push(...b.pairs.flat());
    else if (b.kind === 'photo') parts.push(b.caption);
    else parts.push(b.label);
  }
  return parts.filter(Boolean).join('\n');
}

/** A name for files: lower case, words joined by hyphens ("Northgate Primary School" → "northgate-primary-school"). */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'steward'
  );
}

/** The photos a document shows, each once. */
export const photosIn = (doc: DocumentModel): string[] => [...new Set(doc.blocks.flatMap((b) => (b.kind === 'photo' ? [b.sha256] : [])))];
