// Read functions for the screens (wrap them in useLiveQuery). None returns deleted records.
export { currentSchool, schoolsOnDevice, outboxCount, storageCounts } from './queries/school';
export { planOf, areaDetail, actionDetail, milestonesFor, type PlanOf, type AreaDetail, type ActionDetail, type ActionRating } from './queries/plan';
export { reviewsFor, visitsFor, attendanceFor, meetingsFor, type ReviewsFor, type AttendanceFor, type MeetingsFor } from './queries/board';
