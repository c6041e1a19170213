import { useState } from 'react';
import { IonLabel, IonToggle, useIonRouter } from '@ionic/react';
import { nextPlace, type Direction } from '../../domain';
import { createRecord } from '../../data';
import { Badge, Empty, RatingBadge, Section, problemText, Reveal, to, LinkItem } from '../../ui';
import { AreaForm } from './AreaForm';
import { ArchiveButton } from './ArchiveButton';
import { MoveButtons } from './MoveButtons';
import { canMove, moveArea } from './reorder';
import type { PlanView } from './planView';

interface AreasListProps {
  view: PlanView;
  onSaved: (message: string) => void;
  onFailed: (message: string) => void;
}

/** The plan's areas for improvement, each with where it stands; reorder, archive, add. */
export function AreasList({ view, onSaved, onFailed }: AreasListProps) {
  const [showArchived, setShowArchived] = useState(false);
  const router = useIonRouter();
  const all = view.areas.map((a) => a.area);
  const shown = view.areas.filter((a) => showArchived || !a.area.archived);
  const move = (id: string, number: number, d: Direction) =>
    moveArea(all, id, d, showArchived).then(
      () => onSaved(`Moved area ${number} ${d}`),
      (e: unknown) => onFailed(problemText(e)),
    );
  return (
    <Section title="Areas for improvement" id="areas">
      {(showArchived || all.some((a) => a.archived)) && (
        <IonToggle
          checked={showArchived}
          onIonChange={(e) => setShowArchived(e.detail.checked)}
          labelPlacement="end"
          justify="start"
          className="archived-toggle"
        >
          Show archived
        </IonToggle>
      )}
      {shown.length === 0 ? (
        <Empty title="There are no areas for improvement in this plan yet.">
          Start with the first area the inspection or the local authority named, with its targets.
        </Empty>
      ) : (
        <ul className="plan-rows">
          {shown.map(({ area, milestones, rating, actionCount }) => {
            const late = milestones.filter((m) => m.state === 'overdue').length;
            const moves = canMove(
              shown.map((a) => a.area),
              area.id,
            );
            return (
              <li key={area.id} className={area.archived ? 'is-archived' : undefined}>
                <LinkItem routerLink={to('/plan/areas/:areaId', { areaId: area.id })} lines="none">
                  <IonLabel className="ion-text-wrap">
                    <h3>
                      <span className="code">Area {area.code || area.number}:</span> <span>{area.title}</span>
                    </h3>
                    <p>
                      {actionCount} {actionCount === 1 ? 'action' : 'actions'} · {milestones.length}{' '}
                      {milestones.length === 1 ? 'milestone' : 'milestones'}
                      {late > 0 && ` · ${late} overdue`}
                    </p>
                    <p>
                      <RatingBadge rating={rating} /> {area.archived && <Badge>Archived</Badge>}
                    </p>
                  </IonLabel>
                </LinkItem>
                <div className="row-tools">
                  <MoveButtons
                    name={`area ${area.number}`}
                    up={moves.up}
                    down={moves.down}
                    onMove={(d) => void move(area.id, area.number, d)}
                  />
                  {area.archived && (
                    <ArchiveButton
                      kind="areas"
                      id={area.id}
                      archived
                      name={`area ${area.number}`}
                      onSaved={onSaved}
                      onFailed={onFailed}
                      size="small"
                    />
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <Reveal
        label={all.length === 0 ? 'Add the first area for improvement' : 'Add an area for improvement'}
        fill={all.length === 0 ? 'solid' : 'outline'}
      >
        {(close) => (
          <AreaForm
            name="New area for improvement"
            save="Save area"
            onClose={close}
            onSubmit={async (fields) => {
              const number = nextPlace(all.map((a) => ({ position: a.number })));
              const area = await createRecord('areas', view.plan.schoolId, { planId: view.plan.id, number, ...fields });
              onSaved(`Area ${number} added`);
              router.push(to('/plan/areas/:areaId', { areaId: area.id }));
            }}
          />
        )}
      </Reveal>
    </Section>
  );
}
