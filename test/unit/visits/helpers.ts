import {
  ChecklistTemplateSchema,
  VisitResponseSchema,
  VisitSchema,
  type ChecklistTemplate,
  type Visit,
  type VisitResponse,
} from '../../../src/domain';
import { AT, baseFields, testId } from '../domain/helpers';

/** A valid visit, planned today by default. */
export const aVisit = (over: Partial<Visit> = {}): Visit =>
  VisitSchema.parse({ ...baseFields(), kind: 'learning walk', date: '2026-11-23', purpose: 'Phonics', governor: 'Aisha Begum', ...over });

/** A valid template of one section with the given items. */
export const aTemplate = (over: Partial<ChecklistTemplate> = {}): ChecklistTemplate =>
  ChecklistTemplateSchema.parse({
    ...baseFields(),
    templateKey: 'reading',
    version: 1,
    title: 'Reading',
    sections: [
      {
        id: 's1',
        title: 'Phonics',
        items: [
          { id: 'yes', prompt: 'Same routines', type: 'yes-partly-no' },
          { id: 'partly', prompt: 'Books matched', type: 'yes-partly-no' },
          { id: 'rate', prompt: 'Reading culture', type: 'rating' },
          { id: 'count', prompt: 'Pupils heard', type: 'number' },
          { id: 'snap', prompt: 'Reading corner', type: 'photo' },
        ],
      },
    ],
    ...over,
  });

export const aResponse = (visit: Visit, over: Partial<VisitResponse> & Pick<VisitResponse, 'itemId'>): VisitResponse =>
  VisitResponseSchema.parse({ ...baseFields(), schoolId: visit.schoolId, visitId: visit.id, answeredAt: AT, ...over });

export const photoRef = (n = 1) => ({ sha256: n.toString(16).padStart(64, '0'), name: `p${n}.jpg`, type: 'image/jpeg', bytes: 1000 * n });
export { AT, testId };
