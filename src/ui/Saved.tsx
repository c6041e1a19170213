import { useCallback, useRef, useState } from 'react';
import { IonToast } from '@ionic/react';
import type { Problem } from '../domain';

/**
 * The one toast that tells the person their change is stored on this device — only called after
 * the write has reached IndexedDB — or what went wrong. Each message is its own toast (keyed), so
 * when saves come quickly one after another the earlier toast's closing never wipes the newer
 * message, and each message is shown for its own full time (a failure longer than a success).
 */
export function useSavedToast() {
  const [message, setMessage] = useState<{ id: number; text: string; bad: boolean } | null>(null);
  const next = useRef(0);
  const show = useCallback((text: string, bad: boolean) => setMessage({ id: ++next.current, text, bad }), []);
  const saved = useCallback((text: string) => show(text, false), [show]);
  const failed = useCallback((text: string) => show(text, true), [show]);
  const toast = message && (
    <IonToast
      key={message.id}
      isOpen
      message={message.text}
      color={message.bad ? 'danger' : 'dark'}
      duration={message.bad ? 6000 : 2500}
      position="top"
      onDidDismiss={() => setMessage((m) => (m?.id === message.id ? null : m))}
      buttons={[{ text: 'Dismiss', role: 'cancel' }]}
    />
  );
  return { saved, failed, toast };
}

/** The problems a command listed, field by field (InvalidInput), or null for any other error. */
export const problemsOf = (error: unknown): Problem[] | null =>
  error && typeof error === 'object' && 'problems' in error && Array.isArray(error.problems) ? (error.problems as Problem[]) : null;

/** The message to show for an error from a command. */
export function problemText(error: unknown): string {
  const problems = problemsOf(error);
  if (problems && problems.length > 0) return problems.map((p) => p.message).join('. ');
  return error instanceof Error && error.message ? error.message : 'Something went wrong; your change was not saved.';
}
