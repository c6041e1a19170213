import { useState } from 'react';
import { useIonRouter } from '@ionic/react';
import {
  assuranceLabels,
  assuranceLevels,
  halfTermOf,
  needCode,
  nextPosition,
  shiftDate,
  todayIso,
  ukDate,
  type Assurance,
  type ChallengeQuestion,
  type ChallengeRecord,
} from '../../domain';
import { newId, saveTogether, type BatchWrite } from '../../data';
import { problemText, useSchool, to } from '../../ui';
import type { AttendanceView } from './attendanceView';

interface Props {
  view: AttendanceView;
  question: ChallengeQuestion | undefined;
  existing: ChallengeRecord | undefined;
  me: string;
}

/** The answer, whether the board was assured, and a follow-up that can become an action with an owner and a date. */
export function ChallengeForm({ view, question, existing, me }: Props) {
  const router = useIonRouter();
  const school = useSchool();
  const today = todayIso();
  const [meetingId, setMeetingId] = useState(existing?.meetingId ?? '');
  const [askedBy, setAskedBy] = useState(existing?.askedBy ?? me);
  const [answer, setAnswer] = useState(existing?.answer ?? '');
  const [assurance, setAssurance] = useState<Assurance | ''>(existing?.assurance ?? '');
  const [followUp, setFollowUp] = useState(existing?.followUp ?? '');
  const [makeAction, setMakeAction] = useState(false);
  const [where, setWhere] = useState<'plan' | 'meeting'>('plan');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState(shiftDate(today, 28));
  const [needId, setNeedId] = useState(view.followUpNeeds[0]?.id ?? '');
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const hasAction = Boolean(existing?.followUpActionId);
  const areaOf = (id: string) => view.areas.find((a) => a.id === id);

  function check(): string[] {
    const out: string[] = [];
    if (!makeAction) return out;
    if (!followUp.trim()) out.push('Say what the follow-up is before making it an action.');
    if (!owner.trim()) out.push('Give the follow-up action an owner.');
    if (!due || due < today) out.push(`Give the follow-up action a date from today (${ukDate(today)}) on.`);
    if (where === 'plan' && !needId) out.push('Choose where in the plan the action goes.');
    if (where === 'meeting' && !meetingId) out.push('Choose the meeting, or put the action in the plan.');
    return out;
  }

  async function save() {
    const found = check();
    setProblems(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      const actionId = makeAction ? newId() : undefined;
      const writes: BatchWrite[] = [];
      if (makeAction && where === 'plan') {
        const need = view.needs.find((n) => n.id === needId)!;
        writes.push({
          kind: 'actions',
          create: {
            id: actionId,
            needId: need.id,
            areaId: need.areaId,
            position: nextPosition(view.actions, need.id),
            description: followUp.trim(),
            lead: owner.trim(),
            start: today,
            finish: due,
            successCriteria: `Follow-up to the attendance question “${existing?.question ?? question!.text}”`,
          },
        });
      } else if (makeAction) {
        writes.push({
          kind: 'meetingActions',
          create: { id: actionId, meetingId, description: followUp.trim(), owner: owner.trim(), due },
        });
      }
      const fields = {
        answer,
        followUp,
        askedBy,
        ...(assurance ? { assurance } : {}),
        ...(meetingId ? { meetingId } : {}),
        ...(actionId ? { followUpActionId: actionId } : {}),
      };
      if (existing) {
        writes.push({
          kind: 'challengeRecords',
          id: existing.id,
          patch: { ...fields, assurance: assurance || undefined, meetingId: meetingId || undefined },
        });
      } else {
        const term = halfTermOf(today);
        writes.push({
          kind: 'challengeRecords',
          create: {
            topic: 'attendance',
            questionId: question!.id,
            question: question!.text,
            askedAt: new Date().toISOString(),
            schoolYear: term.schoolYear,
            halfTerm: term.halfTerm,
            ...fields,
          },
        });
      }
      // The answer and the action it becomes are saved together, or neither is.
      await saveTogether(school.id, writes);
      router.push(to('/attendance'), 'back');
    } catch (e) {
      setProblems([problemText(e)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="field-native">
        <label htmlFor="ch-meeting">Asked at</label>
        <select id="ch-meeting" value={meetingId} onChange={(e) => setMeetingId(e.target.value)}>
          <option value="">Not at a meeting (with the attendance lead)</option>
          {view.meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {m.kind}, {ukDate(m.date)}
            </option>
          ))}
        </select>
      </div>
      <div className="field-native">
        <label htmlFor="ch-by">Asked by</label>
        <input id="ch-by" value={askedBy} maxLength={200} onChange={(e) => setAskedBy(e.target.value)} />
      </div>
      <div className="field-native">
        <label htmlFor="ch-answer">The school’s answer</label>
        <textarea id="ch-answer" rows={5} maxLength={8000} value={answer} onChange={(e) => setAnswer(e.target.value)} />
      </div>
      <fieldset className="choice-native">
        <legend>Was the board assured?</legend>
        {assuranceLevels.map((a) => (
          <label key={a}>
            <input type="radio" name="assurance" value={a} checked={assurance === a} onChange={() => setAssurance(a)} />{' '}
            {assuranceLabels[a]}
          </label>
        ))}
      </fieldset>
      <div className="field-native">
        <label htmlFor="ch-follow">Follow-up agreed</label>
        <textarea id="ch-follow" rows={3} maxLength={2000} value={followUp} onChange={(e) => setFollowUp(e.target.value)} />
      </div>
      {hasAction ? (
        <p className="muted">The follow-up is already an action.</p>
      ) : (
        <label className="check-native">
          <input type="checkbox" checked={makeAction} onChange={(e) => setMakeAction(e.target.checked)} /> Make the follow-up an action with
          an owner and a date
        </label>
      )}
      {makeAction && (
        <fieldset className="follow-up-action">
          <legend>The follow-up action</legend>
          {meetingId && (
            <div className="field-native">
              <label htmlFor="ch-where">Where it goes</label>
              <select id="ch-where" value={where} onChange={(e) => setWhere(e.target.value as 'plan' | 'meeting')}>
                <option value="plan">The action plan</option>
                <option value="meeting">The meeting’s action log</option>
              </select>
            </div>
          )}
          {where === 'plan' && (
            <div className="field-native">
              <label htmlFor="ch-need">Improvement needed it serves</label>
              <select id="ch-need" value={needId} onChange={(e) => setNeedId(e.target.value)}>
                {view.followUpNeeds.length === 0 && <option value="">The plan has no improvement needed yet</option>}
                {view.followUpNeeds.map((n) => {
                  const area = areaOf(n.areaId);
                  return (
                    <option key={n.id} value={n.id}>
                      {area ? `${needCode(area.number, n.position)}: ` : ''}
                      {n.description}
                    </option>
                  );
                })}
              </select>
            </div>
          )}
          <div className="field-native">
            <label htmlFor="ch-owner">Owner</label>
            <input id="ch-owner" value={owner} maxLength={200} onChange={(e) => setOwner(e.target.value)} />
          </div>
          <div className="field-native">
            <label htmlFor="ch-due">Due by</label>
            <input id="ch-due" type="date" value={due} onChange={(e) => setDue(e.target.value)} />
          </div>
        </fieldset>
      )}
      {problems.length > 0 && (
        <ul className="error-list" role="alert">
          {problems.map((p) => (
            <li key={p} className="error">
              {p}
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <button type="submit" className="native-button primary" disabled={busy}>
          {existing ? 'Save the change' : 'Save the answer'}
        </button>
      </div>
    </form>
  );
}
