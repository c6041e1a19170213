import { useState } from 'react';
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
            <AgendaRow key={item.id} item={item} index={i} items={items} run={run} />
          ))}
        </ol>
      )}
      <form
        className="m-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!title.trim()) return setError('Enter the title of the item to add.');
          setError('');
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
}: {
  item: MinuteItem;
  index: number;
  items: MinuteItem[];
  run: (work: Promise<unknown>, said: string) => Promise<void>;
}) {
  const [title, setTitle] = useState(item.title);
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
        <IonButton
          size="small"
          fill="outline"
          disabled={index === 0}
          onClick={() => void run(moveAgendaItem(items, index, -1), 'Item moved up.')}
        >
          Move up<span className="visually-hidden">: {item.title}</span>
        </IonButton>
        <IonButton
          size="small"
          fill="outline"
          disabled={index === items.length - 1}
          onClick={() => void run(moveAgendaItem(items, index, 1), 'Item moved down.')}
        >
          Move down<span className="visually-hidden">: {item.title}</span>
        </IonButton>
        <IonButton
          size="small"
          fill="clear"
          color="danger"
          onClick={() => void run(deleteRecord('minuteItems', item.id), 'Item removed from the agenda.')}
        >
          Remove<span className="visually-hidden">: {item.title}</span>
        </IonButton>
      </div>
      {item.papers && <p className="m-papers">{item.papers}</p>}
    </li>
  );
}
