import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { useSavedToast } from '../../../src/ui';

/** A screen that reports two saves, as the plan and review screens do after each command resolves. */
function Screen({ onReady }: { onReady: (api: { saved: (t: string) => void; failed: (t: string) => void }) => void }) {
  const { saved, failed, toast } = useSavedToast();
  onReady({ saved, failed });
  return <>{toast}</>;
}

const toasts = () => [...document.querySelectorAll('ion-toast')];
const showing = () => toasts().filter((t) => t.hasAttribute('is-open') && t.getAttribute('message'));

describe('the save toast (src/ui)', () => {
  afterEach(() => {
    cleanup();
    // Ionic moves an open overlay to the end of the body, out of the rendered tree.
    for (const t of toasts()) t.remove();
  });

  it('a newer message is not wiped when the earlier toast closes', () => {
    let api!: { saved: (t: string) => void; failed: (t: string) => void };
    render(<Screen onReady={(a) => (api = a)} />);
    act(() => api.saved('Area 1 saved'));
    const first = toasts().at(-1)!;
    expect(first.getAttribute('message')).toBe('Area 1 saved');
    act(() => api.failed('Enter the finish date'));
    // The first toast's own timer ends (or it is dismissed) after the second save was reported.
    act(() => void first.dispatchEvent(new CustomEvent('didDismiss', { detail: { role: 'timeout' } })));
    expect(showing().map((t) => t.getAttribute('message'))).toEqual(['Enter the finish date']);
  });

  it('each message gets its own toast, for its own full time (a failure longer than a success)', () => {
    let api!: { saved: (t: string) => void; failed: (t: string) => void };
    render(<Screen onReady={(a) => (api = a)} />);
    act(() => api.saved('Milestone 2 saved'));
    const first = showing().at(-1)!;
    act(() => api.failed('Something went wrong; your change was not saved.'));
    const second = showing().at(-1)!;
    expect(second).not.toBe(first);
    expect(second.getAttribute('color')).toBe('danger');
    expect(Number((second as HTMLElement & { duration?: number }).duration)).toBe(6000);
  });

  it('the toast closes when its own time is up', () => {
    let api!: { saved: (t: string) => void; failed: (t: string) => void };
    render(<Screen onReady={(a) => (api = a)} />);
    act(() => api.saved('Strategy saved'));
    const only = showing().at(-1)!;
    act(() => void only.dispatchEvent(new CustomEvent('didDismiss', { detail: { role: 'timeout' } })));
    expect(showing()).toEqual([]);
  });
});
