import { IonButton } from '@ionic/react';
import type { ExportJob } from './useExport';

/** While a file is made: what, how far (once it takes over a second), and Cancel. */
export function ExportProgress({ job, onCancel }: { job: ExportJob | null; onCancel: () => void }) {
  if (!job) return null;
  return (
    <div className="export-progress">
      <label>
        Making {job.what}…
        <progress
          max={1}
          value={job.progress ?? undefined}
          aria-valuetext={job.progress === null ? 'Starting' : `${Math.round(job.progress * 100)}%`}
        />
      </label>
      <IonButton fill="outline" onClick={onCancel}>
        Cancel
      </IonButton>
    </div>
  );
}

/** Says what became of a file, to everyone (a live region), with Share where the device can share files. */
export function ExportMessage({
  message,
  shareName,
  onShare,
}: {
  message: { text: string; bad: boolean } | null;
  shareName?: string;
  onShare: () => void;
}) {
  return (
    <>
      <p role="status" aria-live="polite" className={message?.bad ? 'error' : undefined}>
        {message?.text ?? ''}
      </p>
      {shareName && (
        <IonButton fill="outline" onClick={onShare}>
          Share {shareName}
        </IonButton>
      )}
    </>
  );
}
