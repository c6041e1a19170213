import { IonButton } from '@ionic/react';
import { milestoneNumbers, todayIso, ukDate, type Area, type Milestone, type MilestoneState } from '../../domain';
import { createRecord, updateRecord } from '../../data';
import { DateText, MilestoneBadge, Section, problemText, Reveal } from '../../ui';
import { MilestoneForm, type MilestoneFields } from './MilestoneForm';

interface MilestonesProps {
  area: Area;
  milestones: { milestone: Milestone; state: MilestoneState }[];
  onSaved: (message: string) => void;
  onFailed: (message: string) => void;
  /** The codes of the area's actions, to say which one a milestone belongs to. */
  actionCodes?: Map<string, string>;
}

/** An area's milestones (1–5 as the template lays them out, and any more the plan has): set each, edit it, mark it met. */
export function Milestones({ area, milestones, onSaved, onFailed, actionCodes }: MilestonesProps) {
  async function markMet(m: Milestone) {
    const today = todayIso();
    try {
      await updateRecord('milestones', m.id, { metOn: today });
      onSaved(`Milestone ${m.number} marked met on ${ukDate(today)}`);
    } catch (e) {
      onFailed(problemText(e));
    }
  }
  const save = (number: number, existing?: Milestone) => async (fields: MilestoneFields) => {
    if (existing) await updateRecord('milestones', existing.id, fields);
    else await createRecord('milestones', area.schoolId, { areaId: area.id, number, date: fields.date, description: fields.description });
    onSaved(`Milestone ${number} saved`);
  };
  return (
    <Section title="Milestones" id="milestones">
      <ol className="milestones">
        {[...new Set([...milestoneNumbers, ...milestones.map((m) => m.milestone.number)])]
          .sort((a, b) => a - b)
          .map((number) => {
            const found = milestones.find((m) => m.milestone.number === number);
            if (!found) {
              return (
                <li key={number} className="milestone milestone-unset">
                  <p className="milestone-head">
                    <strong>Milestone {number}</strong> · not set yet
                  </p>
                  <Reveal label={`Set milestone ${number}`} fill="clear">
                    {(close) => <MilestoneForm number={number} onSubmit={save(number)} onClose={close} />}
                  </Reveal>
                </li>
              );
            }
            const { milestone, state } = found;
            return (
              <li key={number} className={`milestone milestone-${state}`}>
                <p className="milestone-head">
                  <strong>Milestone {number}</strong> ·{' '}
                  {milestone.date ? <DateText date={milestone.date} /> : milestone.when || 'no date set'}
                  {milestone.date && milestone.when && ` (${milestone.when})`} <MilestoneBadge state={state} />
                </p>
                <p>{milestone.description}</p>
                {milestone.actionId && actionCodes?.get(milestone.actionId) && (
                  <p className="muted">For action {actionCodes.get(milestone.actionId)}</p>
                )}
                {milestone.metOn && (
                  <p className="muted">
                    Met on <DateText date={milestone.metOn} />
                  </p>
                )}
                <div className="row-tools">
                  <Reveal label="Edit" name={`Edit milestone ${number}`} fill="clear">
                    {(close) => <MilestoneForm number={number} milestone={milestone} onSubmit={save(number, milestone)} onClose={close} />}
                  </Reveal>
                  {!milestone.metOn && (
                    <IonButton
                      fill="clear"
                      size="small"
                      onClick={() => void markMet(milestone)}
                      aria-label={`Mark met today: milestone ${number}`}
                    >
                      Mark met today
                    </IonButton>
                  )}
                </div>
              </li>
            );
          })}
      </ol>
    </Section>
  );
}
