import { useId, useState } from 'react';
import type { FileRef } from '../../domain';
import { storeFile } from '../../data';
import { compressPhoto } from '../../platform';
import { problemText } from '../../ui';
import { Photo } from './Photo';

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

/**
 * Take or choose photos for an item. Each is compressed on the device, kept in the files table by
 * its SHA-256, and only its reference goes into the answer. The camera opens on a phone.
 */
export function PhotoPicker({
  photos,
  prompt,
  onChange,
  max = 20,
}: {
  photos: FileRef[];
  prompt: string;
  onChange: (photos: FileRef[]) => void;
  max?: number;
}) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ bad: boolean; text: string } | null>(null);
  async function add(files: FileList | null) {
    const chosen = [...(files ?? [])].slice(0, max - photos.length);
    if (chosen.length === 0) return;
    setBusy(true);
    setMessage({ bad: false, text: 'Making the photo smaller…' });
    try {
      const refs: FileRef[] = [];
      for (const file of chosen) {
        const small = await compressPhoto(file);
        refs.push(await storeFile(small.blob, `${file.name.replace(/\.[^.]+$/, '') || 'photo'}.jpg`));
      }
      onChange([...photos, ...refs]);
      setMessage({ bad: false, text: `Photo kept on this device (${refs.map((r) => kb(r.bytes)).join(', ')}).` });
    } catch (e) {
      setMessage({ bad: true, text: problemText(e) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <div>
      {photos.length > 0 && (
        <ul className="walk-photos" aria-label={`Photos for: ${prompt}`}>
          {photos.map((p, i) => (
            <li key={`${p.sha256}-${i}`}>
              <Photo file={p} alt={`Photo ${i + 1} of ${photos.length} for: ${prompt}`} />
              <button type="button" className="walk-button" onClick={() => onChange(photos.filter((_, k) => k !== i))}>
                Remove<span className="walk-vh"> photo {i + 1}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {photos.length < max && (
        <div className="walk-row">
          <label className="walk-button" aria-disabled={busy || undefined}>
            <input
              type="file"
              accept="image/*"
              capture="environment"
              className="walk-vh"
              disabled={busy}
              aria-describedby={`${id}-rule`}
              onChange={(e) => {
                void add(e.target.files);
                e.target.value = '';
              }}
            />
            {photos.length === 0 ? 'Add a photo' : 'Add another photo'}
          </label>
          <span id={`${id}-rule`} className="muted">
            Displays and spaces only: never pupils.
          </span>
        </div>
      )}
      {message && (
        <p className={`walk-save ${message.bad ? 'bad' : 'ok'}`} role={message.bad ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
