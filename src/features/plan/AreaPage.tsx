import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { IonToggle } from '@ionic/react';
import { nextPlace, todayIso } from '../../domain';
import { createRecord, updateRecord, useRememberedQuery } from '../../data';
import { Badge, Empty, Loading, Page, RatingBadge, Section, useSchool, Reveal, useSavedToast, to } from '../../ui';
import { areaView } from './planView';
import { AreaForm } from './AreaForm';
import { ArchiveButton } from './ArchiveButton';
import { NeedBlock } from './NeedBlock';
import { NeedForm } from './NeedForm';
import { Milestones } from './Milestones';
import { AreaChanges } from './AreaChanges';
import { useShown } from './paging';
import './plan.css';

/** One area for improvement: targets, improvement needed (1a, 1b…), their actions, milestones 1–5, and its changes. */
export default function AreaPage() {
  const { areaId } = useParams();
  const school = useSchool();
  const today = todayIso();
  const [showArchived, setShowArchived] = useState(false);
  const { saved, failed, toast } = useSavedToast();
  const { shownOf, showMore, showAtLeast } = useShown();
  const entry = useRememberedQuery(
    'area',
    [school.id, today, areaId],
    async () => (areaId ? await areaView(school.id, areaId, today) : null) ?? false,
  );
  if (entry === undefined)
    return (
      <Page title="Area" backTo={to('/plan')}>
        <Loading what="the area" />
      </Page>
    );
  if (entry === false)
    return (
      <Page title="Area" backTo={to('/plan')}>
        <Empty title="This area is not in the plan on this device." />
      </Page>
    );
  const { area, needs, milestones, rating } = entry;
  const shown = needs.filter((n) => showArchived || !n.need.archived);
  const hasArchived = needs.some((n) => n.need.archived || n.actions.some((a) => a.action.archived));
  return (
    <Page title={`Area ${entry.code}`} backTo={to('/plan')}>
      {toast}
      <div className="intro">
        {area.archived && (
          <p className="archived-note">
            <Badge>Archived</Badge> This area is archived: it is hidden from the plan and the timeline.
          </p>
        )}
        <p className="lead">{area.title}</p>
        <p>
          <RatingBadge rating={rating} />
        </p>
      </div>
      <Section title="Targets" id="targets">
        {area.targets.length === 0 ? (
          <p className="muted">No targets yet.</p>
        ) : (
          <ul className="plain-list bullets">
            {area.targets.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        )}
        <div className="button-row tools">
          <Reveal label="Edit area" name={`Edit area ${area.number}`}>
            {(close) => (
              <AreaForm
                area={area}
                name={`Edit area ${area.number}`}
                save="Save area"
                onClose={close}
                onSubmit={async (fields) => {
                  await updateRecord('areas', area.id, fields);
                  saved(`Area ${area.number} saved`);
                }}
              />
            )}
          </Reveal>
          <ArchiveButton
            kind="areas"
            id={area.id}
            archived={area.archived}
            name={`area ${area.number}`}
            onSaved={saved}
            onFailed={failed}
          />
        </div>
      </Section>
      <Section title="Improvement needed and actions" id="needs">
        {(hasArchived || showArchived) && (
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
        {shown.length === 0 && (
          <Empty title="Nothing is listed as needing improvement in this area yet.">
            Add what needs to improve (1a, 1b…), then the actions for each.
          </Empty>
        )}
        {shown.map((n) => (
          <NeedBlock
            key={n.need.id}
            area={area}
            entry={n}
            shownNeeds={shown.map((x) => x.need)}
            allNeeds={needs.map((x) => x.need)}
            showArchived={showArchived}
            shown={shownOf(n.need.id)}
            onMore={() => showMore(n.need.id)}
            onShowAtLeast={(count) => showAtLeast(n.need.id, count)}
            onSaved={saved}
            onFailed={failed}
          />
        ))}
        {!area.archived && (
          <Reveal label={needs.length === 0 ? 'Add the first improvement needed' : 'Add an improvement needed'}>
            {(close) => (
              <NeedForm
                name={`New improvement needed for area ${area.number}`}
                save="Save"
                onClose={close}
                onSubmit={async (description) => {
                  await createRecord('needs', area.schoolId, {
                    areaId: area.id,
                    position: nextPlace(needs.map((n) => n.need)),
                    description,
                  });
                  saved('Improvement needed added');
                }}
              />
            )}
          </Reveal>
        )}
      </Section>
      <Milestones
        area={area}
        milestones={milestones}
        onSaved={saved}
        onFailed={failed}
        actionCodes={new Map(needs.flatMap((n) => n.actions.map((a) => [a.action.id, a.code] as const)))}
      />
      <AreaChanges entry={entry} />
    </Page>
  );
}
