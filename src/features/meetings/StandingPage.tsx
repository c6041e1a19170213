import './meetings.css';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  daysLeftText,
  deadlineLabels,
  describeEscalation,
  escalationDeadlines,
  escalationTypeLabels,
  todayIso,
  ukDate,
} from '../../domain';
import { db, escalationFor } from '../../data';
import { visibilitiesAllowed } from '../../sync';
import { Empty, Loading, Page, Section, VisibilityBadge, useSchool, to } from '../../ui';
import { StandingForm } from './StandingForm';
import { OutcomeForm } from './OutcomeForm';

/** The school's standing with the authority: risk category history, letters of concern, warning notices and intervention. */
export default function StandingPage() {
  const school = useSchool();
  const records = useLiveQuery(() => escalationFor(school.id), [school.id]);
  const allowed = useLiveQuery(() => visibilitiesAllowed(db, school.id), [school.id]);
  if (!records || !allowed)
    return (
      <Page title="Standing with the authority" backTo={to('/meetings')}>
        <Loading what="the school’s standing" />
      </Page>
    );
  const deadlines = escalationDeadlines(records, todayIso());
  return (
    <Page title="Standing with the authority" backTo={to('/meetings')}>
      {deadlines.length > 0 && (
        <Section title="Deadlines running" id="deadlines">
          <ul className="plain-list">
            {deadlines.map((d) => (
              <li key={d.record.id} className={`m-countdown ${d.state}`}>
                {escalationTypeLabels[d.record.type]}: {d.label.toLowerCase()} {ukDate(d.record.deadline)} ({daysLeftText(d.days)})
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title="History" id="history">
        {records.length === 0 ? (
          <Empty title="Nothing is recorded yet.">
            Record the risk category, any letter of concern, warning notice or intervention below.
          </Empty>
        ) : (
          records.map((r) => (
            <article key={r.id} className="m-item" aria-labelledby={`standing-${r.id}`}>
              <h3 id={`standing-${r.id}`}>
                {escalationTypeLabels[r.type]} <VisibilityBadge visibility={r.visibility} />
              </h3>
              <p>{describeEscalation(r)}</p>
              {r.deadline && !r.outcome && <OutcomeForm record={r} label={deadlineLabels[r.type]} />}
            </article>
          ))
        )}
      </Section>
      <StandingForm schoolId={school.id} allowed={allowed} />
    </Page>
  );
}
