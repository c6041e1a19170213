/** Shared bits for the domain tests. */
let counter = 0;

/** A fresh valid UUID (version 7 layout) each call; deterministic within a run. */
export function testId(): string {
  counter += 1;
  const hex = counter.toString(16).padStart(12, '0');
  return `0190a3b2-0000-7000-8000-${hex}`;
}

/** A factory for tests that need their own sequence. */
export function idMaker(prefix = 'a'): () => string {
  let n = 0;
  const p = prefix
    .replace(/[^0-9a-f]/g, '0')
    .slice(0, 4)
    .padEnd(4, '0');
  return () => {
    n += 1;
    return `0190a3b2-${p}-7000-8000-${n.toString(16).padStart(12, '0')}`;
  };
}

export const AT = '2026-11-23T09:00:00.000Z';

/** The base fields every stored record needs. */
export const baseFields = () => ({ id: testId(), schoolId: testId(), createdAt: AT, updatedAt: AT });
