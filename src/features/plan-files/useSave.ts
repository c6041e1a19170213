import { useState } from 'react';
import { platform, type SaveResult } from '../../platform';

const said: Record<SaveResult, (name: string) => string> = {
  saved: (name) => (platform.isNative ? `Saved ${name} in Documents/Steward on this device.` : `Saved ${name} to this device’s downloads.`),
  shared: (name) => `${name} was handed to the share sheet.`,
  cancelled: (name) => `${name} was not saved: saving was cancelled.`,
  unsupported: () => 'This device cannot save files from Steward. Try again in a browser such as Chrome or Safari.',
};

/** Makes a file and saves it through the platform; says what happened only once it has. */
export function useSave() {
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null);
  async function save(what: string, make: () => Promise<{ name: string; blob: Blob }>) {
    setBusy(what);
    setMessage(null);
    try {
      const file = await make();
      const result = await platform.saveFile(file.name, file.blob);
      setMessage({ text: said[result](file.name), bad: result !== 'saved' && result !== 'shared' });
    } catch (e) {
      setMessage({ text: `The file could not be made: ${e instanceof Error ? e.message : 'something went wrong'}.`, bad: true });
    } finally {
      setBusy(null);
    }
  }
  return { busy, message, save };
}
