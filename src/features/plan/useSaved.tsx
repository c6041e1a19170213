import { useCallback, useRef, useState } from 'react';
import { IonToast } from '@ionic/react';

/**
 * Says a change is stored on this device (called only after the command resolved), or what went
 * wrong. Like the shared useSavedToast, but each message is its own toast, so when saves come
 * quickly one after another the earlier toast's closing never wipes the newer message.
 */
export function useSaved() {
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
