import type { MinuteItem } from '../../domain';
import type { Draft } from './ItemMinutes';

export interface Typed {
  item: MinuteItem;
  draft: Draft;
}

/** What was typed but is not in the stored minutes: the words of each item that differ from what was saved. */
export function notSaved(typed: Iterable<Typed>, stored: readonly MinuteItem[]): { title: string; text: string }[] {
  const now = new Map(stored.map((i) => [i.id, i]));
  const out: { title: string; text: string }[] = [];
  for (const { item, draft } of typed) {
    const saved = now.get(item.id) ?? item;
    const parts = [
      draft.discussion !== saved.discussion && draft.discussion.trim() && `Summary: ${draft.discussion.trim()}`,
      draft.decision !== saved.decision && draft.decision.trim() && `Decision: ${draft.decision.trim()}`,
    ].filter((p): p is string => Boolean(p));
    if (parts.length) out.push({ title: saved.title, text: parts.join('\n\n') });
  }
  return out;
}

/**
 * Shown when the minutes were locked (approved, perhaps on another device) while someone was typing:
 * the words that could not be saved stay on the screen to copy into an erratum, never dropped unseen.
 */
export function UnsavedTyping({ lost }: { lost: { title: string; text: string }[] }) {
  if (lost.length === 0) return null;
  return (
    <section className="unsaved-typing" aria-labelledby="unsaved-typing-heading">
      <h2 id="unsaved-typing-heading">Typed after the minutes were locked: not saved</h2>
      <p>These words were not added to the approved minutes. Copy what is still needed into an erratum.</p>
      {lost.map((l, n) => (
        <div key={n}>
          <label htmlFor={`unsaved-${n}`}>{l.title}</label>
          <textarea id={`unsaved-${n}`} readOnly value={l.text} rows={Math.min(8, 2 + l.text.split('\n').length)} />
        </div>
      ))}
    </section>
  );
}
