import './reviews.css';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { IonSelect, IonSelectOption } from '@ionic/react';
import {
  benchmarkStrands,
  improvementPhases,
  latestAssessments,
  phaseBenchmarks,
  phaseDurations,
  phaseReadiness,
  type BenchmarkStrand,
  type ImprovementPhase,
} from '../../domain';
import { benchmarkAssessmentsFor } from '../../data';
import { Loading, Page, Section, useSchool, to } from '../../ui';
import { BenchmarkItem } from './BenchmarkItem';

const headings: Record<BenchmarkStrand, string> = {
  'Leadership and governance': 'Leadership and governance',
  'Quality of education': 'Quality of education',
  SEND: 'Inclusion: SEND',
  'Behaviour and attendance': 'Inclusion: behaviour and attendance',
  Safeguarding: 'Inclusion: safeguarding',
};

/** The school's improvement phase and its benchmarks, each marked met, partly or not yet: is it ready for the next phase? */
export default function BenchmarksPage() {
  const school = useSchool();
  const [phase, setPhase] = useState<ImprovementPhase>(school.improvementPhase);
  const assessments = useLiveQuery(() => benchmarkAssessmentsFor(school.id), [school.id]);
  if (!assessments)
    return (
      <Page title="Phase benchmarks" backTo={to('/reviews')}>
        <Loading what="the benchmarks" />
      </Page>
    );
  const readiness = phaseReadiness(phase, assessments);
  const latest = latestAssessments(phase, assessments);
  const list = phaseBenchmarks(phase);
  return (
    <Page title="Phase benchmarks" backTo={to('/reviews')}>
      <div className="intro">
        <p className="lead">
          {school.name} is in the {school.improvementPhase} phase (usually {phaseDurations[school.improvementPhase]}).
        </p>
        <IonSelect
          label="Phase shown"
          labelPlacement="stacked"
          fill="outline"
          interface="popover"
          value={phase}
          onIonChange={(e) => setPhase(e.detail.value)}
        >
          {improvementPhases.map((p) => (
            <IonSelectOption key={p} value={p}>
              {p === school.improvementPhase ? `${p} (the school’s phase)` : p}
            </IonSelectOption>
          ))}
        </IonSelect>
      </div>
      <Section title={`Ready for the next phase?`} id="readiness">
        <p>
          <strong>{readiness.summary}</strong>
        </p>
        <p className="muted">
          Met {readiness.counts.met} · partly met {readiness.counts.partly} · not yet {readiness.counts['not-yet']} · not assessed{' '}
          {readiness.counts.unassessed}
        </p>
      </Section>
      {benchmarkStrands.map((strand) => (
        <Section key={`${phase}-${strand}`} title={headings[strand]} id={`strand-${strand.replace(/\W+/g, '-').toLowerCase()}`}>
          {list
            .filter((b) => b.strand === strand)
            .map((b) => (
              <BenchmarkItem key={b.id} schoolId={school.id} benchmark={b} assessment={latest.get(b.id)} />
            ))}
        </Section>
      ))}
    </Page>
  );
}
