import { useState } from 'react';
import { visibilityLabels, type MinuteItem, type Visibility } from '../../domain';
import { markMinutesStarted, setItemVisibility, updateRecord, type MeetingDetail } from '../../data';
import { VisibilityBadge, problemText, useAutosave } from '../../ui';
import { Choose, SaveLine, TextBox } from './fields';
import { ChallengeEntry } from './ChallengeEntry';
import { ActionEntry } from './ActionEntry';

type State = { tone: 'ok' | 'bad' | 'idle'; text: string };
export interface Draft {
  discussion: string;
  decision: string;
}

/** Where Part B items go: partB for named staff or pupils, chairs for the headteacher's capability. */
const partOptions = (allowed: readonly Visibility[]) =>
  allowed.map((v) => ({ value: v, label: v === 'board' ? 'Part A (whole board)' : visibilityLabels[v] }));

/** One item as the clerk minutes it: summary, challenges, decision, actions; typing saves shortly after it stops. */
export function ItemMinutes({
  n,
  item,
  detail,
  allowed,
  onTyped,
}: {
  n: number;
  item: MinuteItem;
  detail: MeetingDetail;
  allowed: readonly Visibility[];
  /** Told of every keystroke's draft, so the screen can keep what could not be saved (the minutes locked meanwhile). */
  onTyped?: (item: MinuteItem, draft: Draft) => void;
}) {
  const [state, setState] = useState<State>({ tone: 'idle', text: '' });
  const stored = { discussion: item.discussion, decision: item.decision };

  async function save(d: Draft): Promise<boolean> {
    if (d.discussion === stored.discussion && d.decision === stored.decision) return true;
    try {
      await updateRecord('minuteItems', item.id, d);
      await markMinutesStarted(detail.meeting);
      setState({ tone: 'ok', text: 'Saved on this device.' });
      return true;
    } catch (e) {
      setState({ tone: 'bad', text: `Not saved: ${problemText(e)}` });
      return false;
    }
  }
  const autosave = useAutosave<Draft, boolean>(() => stored, save, true, 700);
  const { draft, flush } = autosave;
  const change = (patch: Partial<Draft>) => {
    autosave.change(patch);
    onTyped?.(item, autosave.latest());
  };
  const headingId = `item-${item.id}`;
  return (
    <section className="m-item" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {n}. {item.title} <VisibilityBadge visibility={item.visibility} />
      </h2>
      {item.papers && (
        <details>
          <summary>Papers from the board’s data</summary>
          <p className="m-papers">{item.papers}</p>
        </details>
      )}
      <Choose
        label={`Part of the minutes for item ${n}`}
        value={item.visibility}
        options={partOptions(allowed.includes(item.visibility) ? allowed : [...allowed, item.visibility])}
        onChange={(v) =>
          void setItemVisibility(item, v).then(
            () =>
              setState({
                tone: 'ok',
                text: v === 'board' ? 'Saved: this item is in Part A.' : `Saved: this item is ${visibilityLabels[v]}.`,
              }),
            (e: unknown) => setState({ tone: 'bad', text: `Not saved: ${problemText(e)}` }),
          )
        }
        hint="Part B: named staff or pupils. Chair and vice-chair only: the headteacher’s capability."
      />
      <TextBox
        label={`Summary of item ${n}`}
        value={draft.discussion}
        onChange={(discussion) => change({ discussion })}
        onBlur={() => void flush()}
      />
      <ChallengeEntry item={item} detail={detail} />
      <TextBox
        label={`Decision on item ${n}`}
        value={draft.decision}
        onChange={(decision) => change({ decision })}
        onBlur={() => void flush()}
        maxLength={4000}
      />
      <ActionEntry item={item} detail={detail} />
      <SaveLine {...state} />
    </section>
  );
}
