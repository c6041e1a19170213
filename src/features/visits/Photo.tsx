import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { FileRef } from '../../domain';
import { fileBlob } from '../../data';

/** An object URL for a stored file while the component is shown; null while loading or when the bytes are not on this device. */
export function useFileUrl(sha256: string): string | null | undefined {
  const blob = useLiveQuery(async () => (await fileBlob(sha256)) ?? null, [sha256]);
  const [url, setUrl] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (blob === undefined) return;
    if (blob === null) {
      setUrl(null);
      return;
    }
    const made = URL.createObjectURL(blob);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [blob]);
  return url;
}

/**
 * A stored photo as a thumbnail. When its bytes have not reached this device yet (made on another
 * device; sync fetches it after the next pull, F1) it says so in words rather than showing a broken image.
 */
export function Photo({ file, alt }: { file: FileRef; alt: string }) {
  const url = useFileUrl(file.sha256);
  if (url === null)
    return <span className="walk-photo-missing">Photo not downloaded yet: it will download when this device is online</span>;
  if (url === undefined) return <span className="walk-photo-missing">Loading photo…</span>;
  return <img src={url} alt={alt} width={120} height={90} loading="lazy" decoding="async" />;
}
