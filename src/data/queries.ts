// Read functions for the screens (wrap them in useLiveQuery). None returns deleted records.
export { currentSchool, getCurrentSchoolId, schoolsOnDevice, outboxCount, storageCounts } from './queries/school';
export {
  planOf,
  areaDetail,
  actionDetail,
  milestonesFor,
  type PlanOf,
  type AreaDetail,
  type ActionDetail,
  type ActionRating,
} from './queries/plan';
export { historyOf, historyFor } from './queries/history';
export {
  reviewsFor,
  ratingsOf,
  visitsFor,
  attendanceFor,
  meetingsFor,
  membersOf,
  type ReviewsFor,
  type AttendanceFor,
  type MeetingsFor,
} from './queries/board';
export {
  planContents,
  reviewDetail,
  reviewEntryFor,
  reviewOverview,
  thisHalfTerm,
  benchmarkAssessmentsFor,
  type PlanContents,
  type ReviewDetail,
  type ReviewOverview,
} from './queries/reviews';
export {
  planActions,
  visitDetail,
  visitById,
  checklistTemplatesFor,
  checklistTemplateDetail,
  visitSchedule,
  fileBlob,
  visitReportsForPapers,
  type PlanAction,
  type PlanActions,
  type VisitDetail,
  type VisitSchedule,
} from './queries/visits';
export { boardForDocuments, fileBlobs } from './queries/documents';
export {
  meetingDetail,
  agendaSources,
  actionLog,
  escalationFor,
  meetingChallengesFor,
  type MeetingDetail,
  type LoggedAction,
  type TieableAction,
} from './queries/meetings';
