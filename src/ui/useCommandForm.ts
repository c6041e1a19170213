import { useCallback, useState } from 'react';
import type { Problem } from '../domain';
import { problemsOf, problemText } from './Saved';

/**
 * The state of a form that saves through a command: each problem the command (or the form itself)
 * finds shown under its field, a summary of them all, and whether a save is under way. `save`
 * resolves true only after the command's promise resolved: the change is on the device.
 */
export function useCommandForm() {
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  const save = useCallback(async (work: () => Promise<unknown>, found: Problem[] = []): Promise<boolean> => {
    if (found.length > 0) {
      setProblems(found);
      setFailure('');
      return false;
    }
    setBusy(true);
    try {
      await work();
      setProblems([]);
      setFailure('');
      return true;
    } catch (error) {
      const listed = problemsOf(error);
      setProblems(listed ?? []);
      setFailure(listed ? '' : problemText(error));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  /** The first problem with a field (exact path, e.g. "finish" or "targets.0"). */
  const errorFor = (field: string): string => problems.find((p) => p.field === field)?.message ?? '';
  return { problems, failure, busy, save, errorFor };
}

export type CommandForm = ReturnType<typeof useCommandForm>;
