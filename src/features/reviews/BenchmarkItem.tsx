import { useRef, useState } from 'react';
import { IonTextarea } from '@ionic/react';
import {
  benchmarkStatusLabels,
  benchmarkStatuses,
  ukDate,
  type BenchmarkAssessment,
  type BenchmarkStatus,
  type PhaseBenchmark,
} from '../../domain';
import { createRecord, newId, updateRecord } from '../../data';
import { problemText } from '../../ui';
import { ChoiceTiles, type Choice } from './ChoiceTiles';

const tones = { met: 'green', partly: 'amber', 'not-yet': 'red' } as const;
const choices: Choice<BenchmarkStatus>[] = benchmarkStatuses.map((s) => ({ value: s, label: benchmarkStatusLabels[s], tone: tones[s] }));

/** One benchmark of a phase: the board marks it met, partly or not yet, and says on what evidence. */
export function BenchmarkItem({
  schoolId,
  benchmark,
  assessment,
}: {
  schoolId: string;
  benchmark: PhaseBenchmark;
  assessment?: BenchmarkAssessment;
}) {
  const [evidence, setEvidence] = useState(assessment?.evidence ?? '');
  const [chosen, setChosen] = useState<BenchmarkStatus | null>(assessment?.status ?? null);
  const savedId = useRef(assessment?.id);
  const chain = useRef(Promise.resolve());
  const [message, setMessage] = useState<{ bad: boolean; text: string } | null>(null);

  /** Saves one change after another, so two quick taps never make two assessments. */
  function save(patch: { status?: BenchmarkStatus; evidence?: string }) {
    if (patch.status) setChosen(patch.status);
    chain.current = chain.current.then(() => store(patch));
  }

  async function store(patch: { status?: BenchmarkStatus; evidence?: string }) {
    const status = patch.status ?? chosen;
    const text = patch.evidence ?? evidence;
    if (!status) {
      if (text.trim()) setMessage({ bad: true, text: 'Not saved yet: choose met, partly met or not yet first.' });
      return;
    }
    if (assessment && assessment.status === status && assessment.evidence === text.trim()) return;
    try {
      const fields = { status, evidence: text, assessedAt: new Date().toISOString() };
      if (savedId.current) await updateRecord('benchmarkAssessments', savedId.current, fields);
      else {
        const id = newId();
        await createRecord('benchmarkAssessments', schoolId, {
          id,
          phase: benchmark.phase,
          benchmarkId: benchmark.id,
          evidenceIds: [],
          assessedBy: '',
          ...fields,
        });
        savedId.current = id;
      }
      setMessage({ bad: false, text: 'Saved on this device.' });
    } catch (e) {
      setChosen(assessment?.status ?? null);
      setMessage({ bad: true, text: `Not saved: ${problemText(e)}` });
    }
  }

  return (
    <div className="benchmark">
      <ChoiceTiles legend={benchmark.text} choices={choices} value={chosen} onChoose={(status) => save({ status })} />
      <IonTextarea
        label="Evidence"
        labelPlacement="stacked"
        fill="outline"
        autoGrow
        rows={1}
        maxlength={4000}
        value={evidence}
        helperText={
          assessment ? `Last assessed on ${ukDate(assessment.assessedAt.slice(0, 10))}` : 'What the board has seen that shows it.'
        }
        onIonInput={(e) => setEvidence(e.detail.value ?? '')}
        onIonBlur={() => save({ evidence })}
      />
      {message && (
        <p className={message.bad ? 'error' : 'save-status ok'} role="status">
          {message.text}
        </p>
      )}
    </div>
  );
}
