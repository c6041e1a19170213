import { describe, expect, it } from 'vitest';
import { latestAssessments, nextPhase, phaseBenchmarks, phaseReadiness } from '../../../src/domain/phaseBenchmarks';
import { benchmarkStrands, BenchmarkAssessmentSchema, type BenchmarkAssessment } from '../../../src/domain/benchmark';
import { improvementPhases } from '../../../src/domain/school';
import { buildDemoBoard } from '../../../src/domain/demo';
import { idMaker, testId } from '../domain/helpers';

const assessment = (
  benchmarkId: string,
  status: BenchmarkAssessment['status'],
  assessedAt: string,
  extra: Partial<BenchmarkAssessment> = {},
): BenchmarkAssessment =>
  BenchmarkAssessmentSchema.parse({
    id: testId(),
    schoolId: testId(),
    createdAt: assessedAt,
    updatedAt: assessedAt,
    phase: 'Repair',
    benchmarkId,
    status,
    evidence: '',
    assessedAt,
    ...extra,
  });

describe('the built-in phase benchmarks', () => {
  it.each(improvementPhases)('%s has benchmarks in all five strands, with unique ids the assessment schema accepts', (phase) => {
    const list = phaseBenchmarks(phase);
    for (const strand of benchmarkStrands) expect(list.filter((b) => b.strand === strand).length, strand).toBeGreaterThanOrEqual(4);
    expect(new Set(list.map((b) => b.id)).size).toBe(list.length);
    for (const b of list) {
      expect(b.id).toMatch(new RegExp(`^${phase.toLowerCase()}-(lg|qe|send|ba|sg)-\\d+$`));
      expect(b.id.length).toBeLessThanOrEqual(64);
      expect(b.text.trim().length).toBeGreaterThan(10);
      expect(b.phase).toBe(phase);
    }
  });
  it('keeps ids stable: the first Repair benchmark of each strand', () => {
    const firstOf = (strand: string) => phaseBenchmarks('Repair').find((b) => b.strand === strand)?.id;
    expect(benchmarkStrands.map(firstOf)).toEqual(['repair-lg-1', 'repair-qe-1', 'repair-send-1', 'repair-ba-1', 'repair-sg-1']);
  });
  it('goes Stabilise → Repair → Improve → Sustain, then no further', () => {
    expect(nextPhase('Stabilise')).toBe('Repair');
    expect(nextPhase('Improve')).toBe('Sustain');
    expect(nextPhase('Sustain')).toBeNull();
  });
  it('the demo board assesses only real Repair benchmarks', () => {
    const ids = new Set(phaseBenchmarks('Repair').map((b) => b.id));
    const demo = buildDemoBoard('2026-11-23', idMaker()).benchmarkAssessments ?? [];
    expect(demo.length).toBeGreaterThan(0);
    for (const a of demo) expect(ids.has(a.benchmarkId), a.benchmarkId).toBe(true);
  });
});

describe('latestAssessments', () => {
  it('takes the latest assessment of each benchmark, ignoring deleted ones and other phases', () => {
    const list = [
      assessment('repair-lg-1', 'not-yet', '2026-10-01T09:00:00.000Z'),
      assessment('repair-lg-1', 'partly', '2026-11-01T09:00:00.000Z'),
      assessment('repair-lg-1', 'met', '2026-12-01T09:00:00.000Z', { deleted: true }),
      assessment('repair-lg-1', 'met', '2026-12-01T09:00:00.000Z', { phase: 'Improve' }),
    ];
    expect(latestAssessments('Repair', list).get('repair-lg-1')?.status).toBe('partly');
  });
});

describe('phaseReadiness', () => {
  const all = phaseBenchmarks('Stabilise');
  const at = '2026-11-01T09:00:00.000Z';
  it('is not ready with nothing assessed, and says how many are not assessed', () => {
    const r = phaseReadiness('Stabilise', []);
    expect(r).toMatchObject({ ready: false, next: 'Repair', total: all.length });
    expect(r.counts.unassessed).toBe(all.length);
    expect(r.summary).toBe(
      `Not yet ready to move to the Repair phase: ${all.length} of ${all.length} benchmarks are not fully met (${all.length} not yet assessed).`,
    );
  });
  it('is not ready while one benchmark is only partly met', () => {
    const list = all.map((b, i) => assessment(b.id, i === 0 ? 'partly' : 'met', at, { phase: 'Stabilise' }));
    const r = phaseReadiness('Stabilise', list);
    expect(r.ready).toBe(false);
    expect(r.counts).toEqual({ met: all.length - 1, partly: 1, 'not-yet': 0, unassessed: 0 });
    expect(r.summary).toContain(`1 of ${all.length} benchmarks is not fully met.`);
  });
  it('is ready when every benchmark is met', () => {
    const r = phaseReadiness(
      'Stabilise',
      all.map((b) => assessment(b.id, 'met', at, { phase: 'Stabilise' })),
    );
    expect(r.ready).toBe(true);
    expect(r.summary).toBe('Every Stabilise benchmark is met: on this evidence the school is ready to move to the Repair phase.');
  });
  it('after Sustain speaks of sustaining, not a next phase', () => {
    const list = phaseBenchmarks('Sustain').map((b) => assessment(b.id, 'met', at, { phase: 'Sustain' }));
    expect(phaseReadiness('Sustain', list).summary).toContain('securely sustaining its improvement');
  });
});
