import { useEffect, useRef, useState } from 'react';
import { IonButton } from '@ionic/react';
import { committeeAgenda, socAgenda, type MinuteItem } from '../../domain';
import { addAgendaItems, agendaSources, deleteRecord, moveAgendaItem, updateRecord, type MeetingDetail } from '../../data';
import { Section, VisibilityBadge, useSavedToast, problemText } from '../../ui';
import { Input } from './fields';

/** The agenda: built from the board's own data, then reordered, renamed, added to and cut by the clerk or chair. */
export function AgendaEditor({ detail }: { detail: MeetingDetail }) {
  const { meeting, items } = detail;
  const [title, setTitle] = useState('');
  const [error, setError] = useState('');
  /** The item just moved by its buttons: its move button keeps focus where the item lands. */
  const [moved, setMoved] = useState<{ id: string; step: -1 | 1 } | null>(null);
  const { saved, failed, toast } = useSavedToast();
  const run = (work: Promise<unknown>, said: string) =>
    work.then(
      () => saved(said),
      (e: unknown) => failed(problemText(e)),
    );

  async function build() {
    const sources = await agendaSources(meeting.schoolId, meeting);
    const drafts =
      meeting.kind === 'School of Concern meeting'
        ? socAgenda({ standing: sources.standing, areas: sources.areas, nextReview: sources.next?.date })
        : committeeAgenda({ ...sources, meeting });
    await addAgendaItems(meeting, drafts);
  }

  return (
    <Section title={`Agenda (${items.length} items)`} id="agenda">
      {items.length === 0 ? (
        <>
          <p>
            {meeting.kind === 'School of Concern meeting'
              ? 'The School of Concern agenda (seed 003, Appendix 3), its first item carrying the school’s standing with the authority.'
              : 'Apologies, the last minutes and matters arising (the open actions), one item per area for improvement with the latest review, evidence and visit reports, attendance, any other business and the next meeting’s date.'}
          </p>
          <IonButton onClick={() => void run(build(), 'The agenda is built from the board’s data.')}>
            Build the agenda from the board’s data
          </IonButton>
        </>
      ) : (
        <ol className="plain-list">
          {items.map((item, i) => (
            <AgendaRow
              key={item.id}
              item={item}
              index={i}
              items={items}
              run={run}
              follow={moved?.id === item.id ? moved.step : undefined}
              onFollow={(step) => setMoved(step ? { id: item.id, step } : null)}
            />
          ))}
        </ol>
      )}
      <form
        className="m-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!title.trim()) return setError('Enter the title of the item to add.');
          setError('');
          setMoved(null);
          void run(
            addAgendaItems(meeting, [{ title: title.trim(), itemKind: 'other', papers: '' }]).then(() => setTitle('')),
            'Item added to the agenda.',
          );
        }}
      >
        <Input label="New agenda item" value={title} onChange={setTitle} error={error} />
        <IonButton type="submit" fill="outline">
          Add the item
        </IonButton>
      </form>
      {toast}
    </Section>
  );
}

function AgendaRow({
  item,
  index,
  items,
  run,
  follow,
  onFollow,
}: {
  item: MinuteItem;
  index: number;
  items: MinuteItem[];
  run: (work: Promise<unknown>, said: string) => Promise<void>;
  /** This item was just moved (up -1, down 1): keep focus on that button, or on the other once it is at an end. */
  follow?: -1 | 1;
  /** Say this item was moved (or, null, that no item's focus should follow any more). */
  onFollow: (step: -1 | 1 | null) => void;
}) {
  const [title, setTitle] = useState(item.title);
  const up = useRef<HTMLIonButtonElement>(null);
  const down = useRef<HTMLIonButtonElement>(null);
  const first = index === 0;
  const last = index === items.length - 1;
  // Reordering moves the row in the page, and a button at an end is disabled: either loses focus.
  useEffect(() => {
    if (!follow) return;
    const useUp = (follow === -1 && !first) || last;
    focusButton(useUp ? up.current : down.current);
  }, [follow, index, first, last]);
  const move = (step: -1 | 1) => {
    onFollow(step);
    void run(moveAgendaItem(items, index, step), step === -1 ? 'Item moved up.' : 'Item moved down.');
  };
  const rename = () => {
    if (title.trim() && title.trim() !== item.title)
      void run(updateRecord('minuteItems', item.id, { title: title.trim() }), 'Item renamed.');
  };
  return (
    <li className="m-item">
      <div className="m-row">
        <strong>{index + 1}.</strong>
        <Input label={`Title of item ${index + 1}`} value={title} onChange={setTitle} onBlur={rename} />
        <VisibilityBadge visibility={item.visibility} />
      </div>
      <div className="m-row">
        <IonButton size="small" fill="outline" ref={up} aria-label={`Move up: ${item.title}`} disabled={first} onClick={() => move(-1)}>
          Move up
        </IonButton>
        <IonButton size="small" fill="outline" ref={down} aria-label={`Move down: ${item.title}`} disabled={last} onClick={() => move(1)}>
          Move down
        </IonButton>
        <IonButton
          size="small"
          fill="clear"
          color="danger"
          aria-label={`Remove: ${item.title}`}
          onClick={() => {
            onFollow(null);
            void run(deleteRecord('minuteItems', item.id), 'Item removed from the agenda.');
          }}
        >
          Remove
        </IonButton>
      </div>
      {item.papers && <p className="m-papers">{item.papers}</p>}
    </li>
  );
}

/** Focus an Ionic button: its native button sits in its shadow root (the host itself takes no focus). */
function focusButton(el: HTMLIonButtonElement | null) {
  const native = el?.shadowRoot?.querySelector('button');
  if (native) native.focus();
  else el?.focus();
}
