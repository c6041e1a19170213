import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { useAutosave } from '../../../src/ui';

describe('useAutosave (src/ui)', () => {
  it('a save that fails never stops the saves after it', async () => {
    const saved: string[] = [];
    let fail = true;
    const save = async (d: { note: string }) => {
      if (fail) {
        fail = false;
        throw new Error('The store is busy');
      }
      saved.push(d.note);
      return true;
    };
    const { result } = renderHook(() => useAutosave(() => ({ note: '' }), save, false, 10));
    act(() => result.current.change({ note: 'first' }, true));
    act(() => result.current.change({ note: 'second' }, true));
    await waitFor(() => expect(saved).toEqual(['second']));
    await expect(result.current.flush()).resolves.toBe(true);
  });
});
