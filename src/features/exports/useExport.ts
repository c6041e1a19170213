import { useEffect, useRef, useState } from 'react';
import { platform, type SaveResult, type ShareResult } from '../../platform';
import { ExportCancelled, type WriteControl } from './writers/progress';
import type { MadeFile } from './make';

/** A progress bar shows once a file has taken this long to make. */
const SHOW_PROGRESS_AFTER_MS = 1000;

const saved: Record<SaveResult, (name: string) => string> = {
  saved: (name) => (platform.isNative ? `Saved ${name} in Documents/Steward on this device.` : `Saved ${name} to this device’s downloads.`),
  shared: (name) => `${name} was handed to the share sheet.`,
  cancelled: (name) => `${name} was not saved: saving was cancelled.`,
  unsupported: () => 'This device cannot save files from Steward. Try again in a browser such as Chrome or Safari.',
};
const sharedWords: Record<ShareResult, (name: string) => string> = {
  shared: (name) => `${name} was handed to the share sheet.`,
  cancelled: (name) => `${name} was not shared.`,
  unsupported: () => 'This device cannot share files from Steward; the file is in its downloads.',
};

export interface ExportJob {
  what: string;
  /** 0 to 1; null until the progress bar is shown. */
  progress: number | null;
}

/** Makes a file (with progress and Cancel), saves it through the platform, and can share it after. */
export function useExport() {
  const [job, setJob] = useState<ExportJob | null>(null);
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null);
  const [last, setLast] = useState<MadeFile | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  async function run(what: string, make: (control: WriteControl) => Promise<MadeFile>) {
    const controller = new AbortController();
    abort.current = controller;
    let fraction = 0;
    let shown = false;
    setJob({ what, progress: null });
    setMessage(null);
    setLast(null);
    const timer = setTimeout(() => {
      shown = true;
      setJob({ what, progress: fraction });
    }, SHOW_PROGRESS_AFTER_MS);
    try {
      const file = await make({
        signal: controller.signal,
        onProgress: (f) => {
          fraction = f;
          if (shown) setJob({ what, progress: f });
        },
      });
      const result = await platform.saveFile(file.name, file.blob);
      setMessage({ text: saved[result](file.name), bad: result === 'unsupported' || result === 'cancelled' });
      if (result === 'saved' && platform.canShareFiles()) setLast(file);
    } catch (e) {
      if (e instanceof ExportCancelled || controller.signal.aborted) setMessage({ text: 'Cancelled: nothing was saved.', bad: false });
      else setMessage({ text: `The file could not be made: ${e instanceof Error ? e.message : 'something went wrong'}.`, bad: true });
    } finally {
      clearTimeout(timer);
      abort.current = null;
      setJob(null);
    }
  }

  async function share() {
    if (!last) return;
    const result = await platform.shareFile(last.name, last.blob);
    setMessage({ text: sharedWords[result](last.name), bad: result === 'unsupported' });
  }

  return { job, message, last, run, share, cancel: () => abort.current?.abort() };
}
