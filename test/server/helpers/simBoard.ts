// A device in the sync simulation: its own Dexie (fake-indexeddb), the real sync engine over its own
// faulty network, and random edits made with the real commands, each change recorded for the oracle.
import { v7 } from 'uuid';
import { actionStatuses, type Role } from '../../../src/domain';
import { createRecord, deleteRecord, openDb, setCurrentSchool, updateRecord, type OutboxEntry, type StewardDb } from '../../../src/data';
import { alwaysOnline, SyncEngine } from '../../../src/sync';
import { saveSession } from '../../../src/sync/session';
import { pick, SimNetwork, type SimServer } from './sim';

export interface SimDevice {
  role: Role;
  store: StewardDb;
  net: SimNetwork;
  engine: SyncEngine;
  lastSeq: number;
}

export async function makeDevice(
  server: SimServer,
  role: Role,
  token: string,
  schoolId: string,
  random: () => number,
  tag: string,
): Promise<SimDevice> {
  const store = openDb(`sim-${tag}-${role}-${v7()}`);
  const net = new SimNetwork(server, random);
  const engine = new SyncEngine({
    store,
    network: alwaysOnline,
    fetch: net.fetch,
    sleep: async () => undefined,
    random,
    attempts: 3,
    batchSize: 1 + Math.floor(random() * 6),
    pageSize: 1 + Math.floor(random() * 8),
  });
  await saveSession(store, {
    serverUrl: 'http://sim.invalid',
    token,
    expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    person: { id: v7(), name: `The ${role}`, email: `${role}@sim.example` },
    boards: [{ schoolId, schoolName: 'Sim School', role }],
  });
  await setCurrentSchool(schoolId, store);
  return { role, store, net, engine, lastSeq: 0 };
}

/** Every change the devices have made, by mutation id, read from each outbox straight after each command. */
export class ChangeLog {
  readonly all = new Map<string, OutboxEntry>();
  async record(d: SimDevice): Promise<void> {
    const fresh = await d.store.outbox.where('seq').above(d.lastSeq).toArray();
    for (const e of fresh) {
      this.all.set(e.mutationId, structuredClone(e));
      d.lastSeq = Math.max(d.lastSeq, e.seq!);
    }
  }
}

const words = ['phonics', 'attendance', 'maths', 'reading', 'SEND', 'behaviour', 'governors', 'curriculum', 'writing', 'safeguarding'];
const sentence = (r: () => number) => Array.from({ length: 2 + Math.floor(r() * 4) }, () => pick(r, words)).join(' ');
const statuses = actionStatuses;

/** The chair's first board, made with the commands: plan, area, need, actions, a draft review, restricted plans. */
export async function buildBoard(chair: SimDevice, schoolId: string): Promise<void> {
  const s = chair.store;
  await createRecord(
    'schools',
    schoolId,
    { id: schoolId, name: 'Sim Primary School', educationPhase: 'Primary', riskCategory: 4, improvementPhase: 'Repair' },
    s,
  );
  const plan = await createRecord('plans', schoolId, { title: 'Action plan', startDate: '2026-09-01', endDate: '2027-07-20' }, s);
  const area = await createRecord('areas', schoolId, { planId: plan.id, number: 1, title: 'Reading' }, s);
  const need = await createRecord('needs', schoolId, { areaId: area.id, position: 1, description: 'Phonics is taught well' }, s);
  const actions = [];
  for (let i = 1; i <= 3; i++) {
    actions.push(
      await createRecord(
        'actions',
        schoolId,
        { needId: need.id, areaId: area.id, position: i, description: `Action ${i}`, start: '2026-09-01', finish: '2026-12-18' },
        s,
      ),
    );
  }
  const review = await createRecord(
    'reviews',
    schoolId,
    { planId: plan.id, schoolYear: 2026, halfTerm: 'Autumn 1', heldOn: '2026-10-14' },
    s,
  );
  for (const a of actions.slice(0, 2))
    await createRecord('reviewEntries', schoolId, { reviewId: review.id, actionId: a.id, rating: 'green' }, s);
  await createRecord(
    'plans',
    schoolId,
    { title: 'Headteacher capability (chairs only)', startDate: '2026-09-01', endDate: '2027-07-20', visibility: 'chairs' },
    s,
  );
  await createRecord(
    'plans',
    schoolId,
    { title: 'Staffing restructure (Part B)', startDate: '2026-09-01', endDate: '2027-07-20', visibility: 'partB' },
    s,
  );
  await createRecord(
    'plans',
    schoolId,
    { title: 'Budget recovery (opened and closed)', startDate: '2026-09-01', endDate: '2027-07-20' },
    s,
  );
}

const live = <T extends { deleted: boolean; schoolId: string }>(rows: T[], schoolId: string) =>
  rows.filter((r) => !r.deleted && r.schoolId === schoolId);
const isLockRefusal = (err: unknown) => err instanceof Error && err.name === 'RefusedChange' && /locked/.test(err.message);

/** One random edit by the device's person, with the real commands (as the screens make them). */
export async function randomEdit(d: SimDevice, schoolId: string, r: () => number): Promise<string> {
  const s = d.store;
  const choice = r();
  const actions = live(await s.actions.toArray(), schoolId);
  try {
    if (d.role === 'chair' && choice < 0.08) {
      const review = live(await s.reviews.toArray(), schoolId).find((x) => x.status === 'draft');
      if (!review) return 'nothing to finalise';
      await updateRecord('reviews', review.id, { status: 'final', finalisedAt: new Date().toISOString(), finalisedBy: 'The chair' }, s);
      return 'finalise review';
    }
    if (d.role === 'chair' && choice < 0.16) {
      const plan = live(await s.plans.toArray(), schoolId).find((p) => p.title.startsWith('Budget recovery'));
      if (!plan) return 'no plan to open or close';
      await updateRecord('plans', plan.id, { visibility: plan.visibility === 'board' ? 'partB' : 'board' }, s);
      return 'S13 open or close a plan';
    }
    if (d.role === 'chair' && choice < 0.2) {
      await createRecord(
        'plans',
        schoolId,
        { title: `Confidential ${sentence(r)}`, startDate: '2026-09-01', endDate: '2027-07-20', visibility: 'chairs' },
        s,
      );
      return 'new chairs-only plan';
    }
    if (d.role === 'governor' && choice < 0.1) {
      await updateRecord('schools', schoolId, { name: `Sim ${sentence(r)} School` }, s);
      return 'school name (refused: governors may not)';
    }
    if (choice < 0.3) {
      const entry = pick(r, live(await s.reviewEntries.toArray(), schoolId));
      if (!entry) return 'no review entry';
      await updateRecord('reviewEntries', entry.id, { note: sentence(r) }, s);
      return 'review entry note';
    }
    if (choice < 0.4) {
      const plan = pick(r, live(await s.plans.toArray(), schoolId));
      if (!plan) return 'no plan';
      await updateRecord('plans', plan.id, { title: `Plan: ${sentence(r)}` }, s);
      return 'plan title';
    }
    if (choice < 0.5 && actions.length > 0) {
      await createRecord(
        'evidence',
        schoolId,
        { kind: 'note', text: sentence(r), recordedAt: new Date().toISOString(), supports: [pick(r, actions).id] },
        s,
      );
      return 'new evidence';
    }
    if (choice < 0.55) {
      const ev = pick(r, live(await s.evidence.toArray(), schoolId));
      if (!ev) return 'no evidence';
      await deleteRecord('evidence', ev.id, s);
      return 'delete evidence';
    }
    const action = pick(r, actions);
    if (!action) return 'no action';
    const field = pick(r, ['status', 'lead', 'description', 'successCriteria'] as const);
    const value = field === 'status' ? pick(r, statuses) : sentence(r);
    await updateRecord('actions', action.id, { [field]: value }, s);
    return `action ${field}`;
  } catch (err) {
    if (isLockRefusal(err)) return 'refused on the device: locked';
    throw err;
  }
}
