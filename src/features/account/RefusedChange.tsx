import { useState } from 'react';
import { IonButton } from '@ionic/react';
import type { ChangeNeedingAttention } from '../../sync';
import { whenText } from './useSync';

interface RefusedChangeProps {
  change: ChangeNeedingAttention;
  onReapply: () => void;
  onRetry: () => void;
  onDiscard: () => void;
}

/** One change the server refused: what it was, why, and what the person can do with it. */
export function RefusedChange({ change: c, onReapply, onRetry, onDiscard }: RefusedChangeProps) {
  // 'copied' once on the clipboard; 'select' when the clipboard is not available (the text is shown to copy by hand).
  const [copy, setCopy] = useState<'idle' | 'copied' | 'select'>('idle');
  const heading = `refused-${c.seq}`;

  async function copyText() {
    try {
      await navigator.clipboard.writeText(c.text);
      setCopy('copied');
    } catch {
      setCopy('select');
    }
  }

  return (
    <li className="attention-item">
      <h3 id={heading}>{c.what}</h3>
      <p className="muted">Made {whenText(c.madeAt)}</p>
      <p>{c.reason}</p>
      {c.problems.length > 0 && (
        <ul>
          {c.problems.map((p) => (
            <li key={`${p.field}-${p.message}`}>{p.message}</li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <IonButton fill="outline" onClick={onReapply} aria-describedby={heading}>
          Re-apply to current version
        </IonButton>
        <IonButton fill="outline" onClick={onRetry} aria-describedby={heading}>
          Try again
        </IonButton>
        <IonButton fill="outline" onClick={() => void copyText()} aria-describedby={heading}>
          Copy text
        </IonButton>
        <IonButton fill="outline" color="danger" onClick={onDiscard} aria-describedby={heading}>
          Discard
        </IonButton>
      </div>
      <p role="status" className="muted">
        {copy === 'copied'
          ? 'Copied: paste it wherever you need it.'
          : copy === 'select'
            ? 'This device would not copy it for you: select the text below and copy it.'
            : ''}
      </p>
      {copy === 'select' && (
        <textarea
          className="attention-text"
          readOnly
          value={c.text}
          aria-label={`Text of: ${c.what}`}
          rows={Math.min(8, c.text.split('\n').length + 1)}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </li>
  );
}
