import { describe, expect, it } from 'vitest';
import { builtInChecklists, findingEvidence, nextTemplateVersion, type ChecklistTemplate } from '../../../src/domain';
import {
  actionDetail,
  checklistTemplateDetail,
  createRecord,
  replaceFindingEvidence,
  seedBuiltInChecklists,
  storeFile,
  updateRecord,
  visitDetail,
  visitReportsForPapers,
} from '../../../src/data';
import { freshDb, smallBoard } from '../data/fixtures';

const sections = (prompt: string) => [
  { id: 's', title: 'Corners', items: [{ id: 'tidy', prompt, hint: '', type: 'yes-partly-no' as const }] },
];

describe('built-in checklists on a board', () => {
  it('are added once, with the same ids on every device, each with its outbox entry', async () => {
    const [one, two] = [freshDb(), freshDb()];
    const { schoolId } = await smallBoard(one);
    expect(await seedBuiltInChecklists(schoolId, one)).toBe(builtInChecklists.length);
    expect(await seedBuiltInChecklists(schoolId, one)).toBe(0);
    await seedBuiltInChecklists(schoolId, two);
    const ids = async (db: typeof one) => (await db.checklistTemplates.toArray()).map((t) => t.id).sort();
    expect(await ids(two)).toEqual(await ids(one));
    expect((await one.checklistTemplates.toArray()).every((t) => t.builtIn && !t.retired)).toBe(true);
    expect(
      await one.outbox
        .where('schoolId')
        .equals(schoolId)
        .filter((o) => o.kind === 'checklistTemplates')
        .count(),
    ).toBe(builtInChecklists.length);
  });
});

describe('photos', () => {
  it('are kept once by the SHA-256 of their bytes, and only the reference is given back', async () => {
    const store = freshDb();
    const ref = await storeFile(new Blob(['hello'], { type: 'image/jpeg' }), 'display.jpg', store);
    expect(ref).toEqual({
      sha256: '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824',
      name: 'display.jpg',
      type: 'image/jpeg',
      bytes: 5,
    });
    expect(await storeFile(new Blob(['hello'], { type: 'image/jpeg' }), 'again.jpg', store)).toMatchObject({
      sha256: ref.sha256,
      name: 'again.jpg',
    });
    expect(await store.files.count()).toBe(1);
    expect(await store.outbox.count()).toBe(0);
  });
});

describe('a visit and its findings', () => {
  async function walk() {
    const store = freshDb();
    const board = await smallBoard(store);
    const v1 = (await createRecord(
      'checklistTemplates',
      board.schoolId,
      { templateKey: 'corners', version: 1, title: 'Corners', sections: sections('Books are tidy') },
      store,
    )) as ChecklistTemplate;
    const visit = await createRecord(
      'visits',
      board.schoolId,
      {
        kind: 'learning walk',
        date: '2026-11-23',
        purpose: 'Corners',
        governor: 'Aisha Begum',
        templateId: v1.id,
        focusActionIds: [board.action.id],
      },
      store,
    );
    const response = await createRecord(
      'visitResponses',
      board.schoolId,
      {
        visitId: visit.id,
        itemId: 'tidy',
        answer: { type: 'yes-partly-no', value: 'partly' },
        note: 'Two of four',
        actionIds: [board.action.id],
        answeredAt: '2026-11-23T10:00:00.000Z',
      },
      store,
    );
    return { store, board, v1, visit, response };
  }

  it('keeps the checklist version it was made with after the board changes the checklist', async () => {
    const { store, v1, visit } = await walk();
    const v2 = await createRecord(
      'checklistTemplates',
      v1.schoolId,
      nextTemplateVersion(v1, { ...v1, sections: sections('Books are tidy and labelled') }),
      store,
    );
    const detail = await visitDetail(visit.id, store);
    expect(detail!.template).toMatchObject({ id: v1.id, version: 1 });
    expect(detail!.template!.sections[0]!.items[0]!.prompt).toBe('Books are tidy');
    expect(detail!.actions.map((a) => a.code)).toEqual(['1a(i)']);
    const versions = await checklistTemplateDetail(v1.id, store);
    expect(versions!.versions.map((t) => t.id)).toEqual([v2.id, v1.id]);
    expect(versions!.visits.map((v) => v.id)).toEqual([visit.id]);
  });

  it('turns a tied finding into evidence for the action, and replaces it only when the finding changes', async () => {
    const { store, board, v1, visit, response } = await walk();
    const item = v1.sections[0]!.items[0]!;
    const first = await replaceFindingEvidence(response, findingEvidence(visit, item, response), store);
    expect(first).toHaveLength(1);
    const seen = await actionDetail(board.action.id, store);
    expect(seen!.evidence.map((e) => [e.kind, e.text, e.visitId])).toEqual([['note', 'Answer: Partly. Two of four', visit.id]]);
    const stored = (await store.visitResponses.get(response.id))!;
    expect(stored.evidenceIds).toEqual(first);

    const outbox = await store.outbox.count();
    expect(await replaceFindingEvidence(stored, findingEvidence(visit, item, stored), store)).toEqual(first);
    expect(await store.outbox.count()).toBe(outbox);

    const changed = await updateRecord('visitResponses', response.id, { note: 'Three of four' }, store);
    const second = await replaceFindingEvidence(changed, findingEvidence(visit, item, changed), store);
    expect(second).not.toEqual(first);
    expect((await store.evidence.get(first[0]!))!.deleted).toBe(true);
    expect((await actionDetail(board.action.id, store))!.evidence.map((e) => e.text)).toEqual(['Answer: Partly. Three of four']);

    const untied = await updateRecord('visitResponses', response.id, { actionIds: [] }, store);
    expect(await replaceFindingEvidence(untied, findingEvidence(visit, item, untied), store)).toEqual([]);
    expect((await actionDetail(board.action.id, store))!.evidence).toEqual([]);
  });

  it('puts agreed and filed reports in the papers for the next meeting', async () => {
    const { store, visit } = await walk();
    expect(await visitReportsForPapers(visit.schoolId, undefined, '2026-12-01', store)).toEqual([]);
    await updateRecord('visits', visit.id, { status: 'complete', report: { ...visit.report, seen: 'Seen', status: 'agreed' } }, store);
    expect((await visitReportsForPapers(visit.schoolId, '2026-11-01', '2026-12-01', store)).map((v) => v.id)).toEqual([visit.id]);
  });
});
