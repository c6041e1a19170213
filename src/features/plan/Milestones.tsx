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
}

/** An area's milestones 1–5, as the template lays them out: set each, edit it, mark it met. */
export function Milestones({ area, milestones, onSaved, onFailed }: MilestonesProps) {
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
        {milestoneNumbers.map((number) => {
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
                <strong>Milestone {number}</strong> · <DateText date={milestone.date} /> <MilestoneBadge state={state} />
              </p>
              <p>{milestone.description}</p>
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
                    aria-label={`Mark milestone ${number} met today`}
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
