import { useId, useState } from 'react';
import { IonButton } from '@ionic/react';
import { todayIso } from '../../domain';
import {
  actionLogOwners,
  actionLogRows,
  audienceSees,
  everyAction,
  type ActionLogFilter,
  type Audience,
  type BoardRecords,
} from '../../domain/documents';
import { Section } from '../../ui';
import { makeActionLog, type MadeFile, type SheetFormat } from './make';
import type { WriteControl } from './writers/progress';

interface Props {
  board: BoardRecords;
  audience: Audience;
  busy: boolean;
  run: (what: string, make: (c: WriteControl) => Promise<MadeFile>) => Promise<void>;
}

const statuses: { value: ActionLogFilter['status']; label: string }[] = [
  { value: 'all', label: 'Every status' },
  { value: 'open', label: 'Open' },
  { value: 'carried forward', label: 'Carried forward' },
  { value: 'done', label: 'Done' },
];

/** The action log as CSV or Excel, filtered by status and owner first. */
export function ActionLogSection({ board, audience, busy, run }: Props) {
  const id = useId();
  const [filter, setFilter] = useState<ActionLogFilter>(everyAction);
  const owners = actionLogOwners(board, audience, filter.includePartB);
  const count = actionLogRows(board, filter, audience, todayIso()).length;
  const make = (format: SheetFormat) =>
    void run(`the action log (${format === 'csv' ? 'CSV' : 'Excel'})`, () => makeActionLog(board.schools[0]!.id, filter, format));
  return (
    <Section title="Action log" id="action-log-export">
      <div className="stack">
        <div className="export-field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={filter.status}
            onChange={(e) => setFilter({ ...filter, status: e.target.value as ActionLogFilter['status'] })}
          >
            {statuses.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div className="export-field">
          <label htmlFor={`${id}-owner`}>Owner</label>
          <select id={`${id}-owner`} value={filter.owner} onChange={(e) => setFilter({ ...filter, owner: e.target.value })}>
            <option value="all">Everyone</option>
            {owners.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </div>
        {audienceSees(audience, 'partB') && (
          <label className="export-choice">
            <input
              type="checkbox"
              checked={filter.includePartB}
              onChange={(e) => setFilter({ ...filter, includePartB: e.target.checked, owner: 'all' })}
            />{' '}
            Include actions from Part B items (marked Part B in the file)
          </label>
        )}
        <p>{count === 1 ? '1 action' : `${count} actions`} will be in the file.</p>
        <div className="button-row">
          <IonButton disabled={busy} onClick={() => make('csv')}>
            Action log as CSV
          </IonButton>
          <IonButton disabled={busy} onClick={() => make('xlsx')}>
            Action log as Excel (.xlsx)
          </IonButton>
        </div>
      </div>
    </Section>
  );
}
