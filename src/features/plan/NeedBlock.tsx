import { IonLabel } from '@ionic/react';
import {
  actionCode,
  actionStatusLabels,
  isRealNeed,
  timingText,
  ukDate,
  nextPlace,
  type Direction,
  type ImprovementNeed,
} from '../../domain';
import { createRecord, updateRecord } from '../../data';
import { Badge, RatingBadge, VisibilityBadge, problemText, Reveal, to, LinkItem } from '../../ui';
import { ActionForm } from './ActionForm';
import { ArchiveButton } from './ArchiveButton';
import { MoveButtons } from './MoveButtons';
import { NeedForm } from './NeedForm';
import { canMove, moveRecord } from './reorder';
import { ShowMore } from './ShowMore';
import type { AreaView, NeedView } from './planView';

interface NeedBlockProps {
  area: AreaView['area'];
  entry: NeedView;
  /** The needs shown on the screen, in order (for moving). */
  shownNeeds: ImprovementNeed[];
  allNeeds: ImprovementNeed[];
  showArchived: boolean;
  /** How many of its actions are shown (a big plan's need shows a page at a time); show the next page, or at least `count`. */
  shown: number;
  onMore: () => void;
  onShowAtLeast: (count: number) => void;
  onSaved: (message: string) => void;
  onFailed: (message: string) => void;
}

/** One "improvement needed" row (1a…) with its actions (i), (ii)…, a page at a time: edit, reorder, archive, add. */
export function NeedBlock({
  area,
  entry,
  shownNeeds,
  allNeeds,
  showArchived,
  shown,
  onMore,
  onShowAtLeast,
  onSaved,
  onFailed,
}: NeedBlockProps) {
  const { need, code } = entry;
  const actions = entry.actions.filter((a) => showArchived || !a.action.archived);
  const shownActions = actions.map((a) => a.action);
  const all = entry.actions.map((a) => a.action);
  const run = (work: () => Promise<unknown>, message: string) =>
    work().then(
      () => onSaved(message),
      (e: unknown) => onFailed(problemText(e)),
    );
  const moveNeed = (d: Direction) => run(() => moveRecord('needs', allNeeds, need.id, d, showArchived), `Moved ${code} ${d}`);
  const moveAction = (id: string, name: string, d: Direction) =>
    run(() => moveRecord('actions', all, id, d, showArchived), `Moved ${name} ${d}`);
  const needMoves = canMove(shownNeeds, need.id);
  return (
    <div className={need.archived ? 'need is-archived' : 'need'}>
      <h3>
        {isRealNeed(need) ? (
          <>
            <span className="code">{code}.</span> <span>{need.description}</span>
          </>
        ) : (
          <span>Actions</span>
        )}{' '}
        {need.archived && <Badge>Archived</Badge>}
      </h3>
      <div className="row-tools">
        <Reveal label="Edit" name={`Edit ${code}`} fill="clear">
          {(close) => (
            <NeedForm
              description={need.description}
              name={`Edit ${code}`}
              save="Save"
              onClose={close}
              onSubmit={async (description) => {
                await updateRecord('needs', need.id, { description });
                onSaved(`${code} saved`);
              }}
            />
          )}
        </Reveal>
        <MoveButtons name={code} up={needMoves.up} down={needMoves.down} onMove={(d) => void moveNeed(d)} />
        <ArchiveButton kind="needs" id={need.id} archived={need.archived} name={code} onSaved={onSaved} onFailed={onFailed} size="small" />
      </div>
      {actions.length === 0 ? (
        <p className="muted">No actions yet.</p>
      ) : (
        <ul className="plan-rows">
          {actions.slice(0, shown).map(({ action, code: ac, rating }) => {
            const moves = canMove(shownActions, action.id);
            return (
              <li key={action.id} className={action.archived ? 'is-archived' : undefined}>
                <LinkItem routerLink={to('/plan/actions/:actionId', { actionId: action.id })} lines="none">
                  <IonLabel className="ion-text-wrap">
                    <h4>
                      <span className="code">{ac}</span> <span>{action.description}</span>
                      {action.visibility !== 'board' && (
                        <>
                          {' '}
                          <VisibilityBadge visibility={action.visibility} />
                        </>
                      )}
                    </h4>
                    <p>
                      Lead: {action.lead || 'not set'} · {timingText(action, ukDate)}
                    </p>
                    <p>
                      Status: {actionStatusLabels[action.status]} · <RatingBadge rating={rating} />{' '}
                      {action.archived && <Badge>Archived</Badge>}
                    </p>
                  </IonLabel>
                </LinkItem>
                <div className="row-tools">
                  <MoveButtons name={ac} up={moves.up} down={moves.down} onMove={(d) => void moveAction(action.id, ac, d)} />
                  <ArchiveButton
                    kind="actions"
                    id={action.id}
                    archived={action.archived}
                    name={ac}
                    onSaved={onSaved}
                    onFailed={onFailed}
                    size="small"
                  />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <ShowMore hidden={actions.length - shown} what={`actions of ${code}`} onMore={onMore} />
      {!need.archived && (
        <Reveal label={`Add an action to ${code}`}>
          {(close) => (
            <ActionForm
              name={`New action for ${code}`}
              save="Save action"
              onClose={close}
              onSubmit={async (fields) => {
                const position = nextPlace(all);
                await createRecord('actions', area.schoolId, { ...fields, needId: need.id, areaId: area.id, position });
                onShowAtLeast(actions.length + 1);
                onSaved(`Action ${actionCode(area.number, need.position, position)} added`);
              }}
            />
          )}
        </Reveal>
      )}
    </div>
  );
}
