/** What a writer is told while it works: how far it has got (0 to 1), and whether to stop. */
export interface WriteControl {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** A downscaled photo, ready to embed (JPEG). */
export interface PdfPhoto {
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** Thrown when the person pressed Cancel: nothing is saved. */
export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled.');
    this.name = 'ExportCancelled';
  }
}

export function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ExportCancelled();
}
