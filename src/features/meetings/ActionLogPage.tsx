import './meetings.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { actionState, actionStateLabels, todayIso, type ActionState } from '../../domain';
import { actionLog, type LoggedAction } from '../../data';
import { Empty, Loading, Page, Section, useSchool, to } from '../../ui';
import { LoggedActionCard } from './LoggedActionCard';

const groups: { state: ActionState; title: string }[] = [
  { state: 'overdue', title: 'Overdue' },
  { state: 'due-soon', title: 'Due in the next 14 days' },
  { state: 'later', title: 'Open, due later' },
  { state: 'done', title: 'Done' },
];

/** Every meeting's actions: owner, due date, status and where each came from; done or carried forward with a reason. */
export default function ActionLogPage() {
  const school = useSchool();
  const log = useLiveQuery(() => actionLog(school.id), [school.id]);
  if (!log)
    return (
      <Page title="Action log" backTo={to('/meetings')}>
        <Loading what="the action log" />
      </Page>
    );
  const today = todayIso();
  const byState = (s: ActionState): LoggedAction[] => log.filter((l) => actionState(l.action, today) === s);
  return (
    <Page title="Action log" backTo={to('/meetings')}>
      {log.length === 0 && <Empty title="No actions have been agreed at a meeting yet." />}
      {groups.map(({ state, title }) => {
        const rows = byState(state);
        if (rows.length === 0) return null;
        return (
          <Section key={state} title={`${title} (${rows.length})`} id={`actions-${state}`}>
            {rows.map((l) => (
              <LoggedActionCard key={l.action.id} logged={l} label={actionStateLabels[state]} />
            ))}
          </Section>
        );
      })}
    </Page>
  );
}
