import { useCallback, useState } from 'react';
import { IonToast } from '@ionic/react';

/**
 * Tells the person their change is stored on this device — only called after the write
 * has reached IndexedDB — or what went wrong.
 */
export function useSavedToast() {
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null);
  const saved = useCallback((text: string) => setMessage({ text, bad: false }), []);
  const failed = useCallback((text: string) => setMessage({ text, bad: true }), []);
  const toast = (
    <IonToast
      isOpen={message !== null}
      message={message?.text}
      color={message?.bad ? 'danger' : 'dark'}
      duration={message?.bad ? 6000 : 2500}
      position="top"
      onDidDismiss={() => setMessage(null)}
      buttons={[{ text: 'Dismiss', role: 'cancel' }]}
    />
  );
  return { saved, failed, toast };
}

/** The message to show for an error from a command. */
export function problemText(error: unknown): string {
  if (error && typeof error === 'object' && 'problems' in error && Array.isArray(error.problems)) {
    return (error.problems as { message: string }[]).map((p) => p.message).join('. ');
  }
  return error instanceof Error ? error.message : 'Something went wrong; your change was not saved.';
}
