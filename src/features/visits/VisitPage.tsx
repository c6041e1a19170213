import { useParams } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { reportStatusLabels, ukDateLong } from '../../domain';
import { visitsFor } from '../../data';
import { Empty, Loading, Page, Section, useSchool } from '../../ui';

const reportParts = [
  ['purpose', 'Purpose'],
  ['seen', 'What was seen'],
  ['strengths', 'Strengths'],
  ['questions', 'Questions for the board'],
  ['followUps', 'Follow-ups'],
] as const;

/** One visit and its report. */
export default function VisitPage() {
  const { visitId } = useParams();
  const school = useSchool();
  const visit = useLiveQuery(async () => (await visitsFor(school.id)).find((v) => v.id === visitId) ?? false, [school.id, visitId]);
  if (visit === undefined) return <Page title="Visit" backTo="/visits"><Loading what="the visit" /></Page>;
  if (visit === false) return <Page title="Visit" backTo="/visits"><Empty title="This visit is not on this device." /></Page>;
  return (
    <Page title="Visit" backTo="/visits">
      <div className="intro">
        <p className="lead">
          {visit.kind[0]!.toUpperCase() + visit.kind.slice(1)}, {ukDateLong(visit.date)}
        </p>
        <p>
          {visit.governor}
          {visit.walkingWith && ` with ${visit.walkingWith}`}
        </p>
        <p className="muted">Report: {reportStatusLabels[visit.report.status]}</p>
      </div>
      <Section title="Report" id="report">
        {reportParts.map(([key, label]) => (
          <div key={key} className="report-part">
            <h3>{label}</h3>
            <p className="prewrap">{(key === 'purpose' ? visit.report.purpose || visit.purpose : visit.report[key]) || 'Nothing recorded.'}</p>
          </div>
        ))}
      </Section>
    </Page>
  );
}
