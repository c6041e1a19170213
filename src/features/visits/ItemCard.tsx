import { memo, useId } from 'react';
import { isAnswered, type ChecklistItem, type Visit, type VisitResponse } from '../../domain';
import { AnswerInput } from './AnswerInput';
import { PhotoPicker } from './PhotoPicker';
import { TiePicker, type ActionChoices } from './TiePicker';
import { useResponseDraft } from './useResponseDraft';

interface Props {
  visit: Visit;
  item: ChecklistItem;
  response: VisitResponse | undefined;
  choices: ActionChoices;
  onFirstSave: () => Promise<void>;
}

/** One checklist item on the walk: answer, a short note, photos, and the actions it bears on. Saved as it is given. */
function ItemCardInner({ visit, item, response, choices, onFirstSave }: Props) {
  const { draft, state, change } = useResponseDraft(visit, item, response, onFirstSave);
  const id = useId();
  const done = isAnswered({ ...(response as VisitResponse), ...draft, deleted: false });
  const photoItem = item.type === 'photo';
  const photos = photoItem ? (draft.answer?.type === 'photo' ? draft.answer.value : []) : draft.photos;
  return (
    <article className={`walk-item${done ? ' done' : ''}`} aria-labelledby={`${id}-prompt`}>
      <h3 id={`${id}-prompt`}>
        {item.prompt}
        {done && <span className="walk-vh"> (recorded)</span>}
      </h3>
      {item.hint && <p className="walk-hint muted">{item.hint}</p>}
      <AnswerInput item={item} answer={draft.answer} onAnswer={(answer, now) => change({ answer }, now)} />
      <PhotoPicker
        photos={photos}
        prompt={item.prompt}
        onChange={(next) =>
          change(photoItem ? { answer: next.length ? { type: 'photo', value: next } : undefined } : { photos: next }, true)
        }
      />
      <div className="field">
        <label htmlFor={`${id}-note`}>Note</label>
        <textarea
          id={`${id}-note`}
          maxLength={2000}
          rows={2}
          value={draft.note}
          onChange={(e) => change({ note: e.target.value })}
          onBlur={() => change({}, true)}
        />
      </div>
      <TiePicker choices={choices} tied={draft.actionIds} onChange={(actionIds) => change({ actionIds }, true)} />
      <p className={`walk-save ${state.tone}`} role={state.tone === 'bad' ? 'alert' : 'status'}>
        {state.text}
      </p>
    </article>
  );
}

/** Redrawn only when its own answer changes, so a visit of 60 items stays quick to fill in. */
export const ItemCard = memo(
  ItemCardInner,
  (a, b) =>
    a.response?.updatedAt === b.response?.updatedAt &&
    a.visit.status === b.visit.status &&
    a.item.id === b.item.id &&
    a.choices === b.choices,
);
