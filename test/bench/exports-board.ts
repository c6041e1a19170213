// A generated board whose evidence pack runs past 100 pages: the demo board with two years of
// committee meetings (approved minutes, actions) and completed visits with full reports added.
import { v7 as uuid } from 'uuid';
import { buildDemoBoard, shiftDate, type DemoBoard, type Meeting, type MeetingAction, type MinuteItem, type Visit } from '../../src/domain';

const words =
  'governors asked how the school knows the change is working and what it will stop doing to make time for it; the headteacher described the evidence seen in books, lessons and the attendance figures, and what will be checked next half term'.split(
    ' ',
  );
const prose = (n: number, seed: number) => Array.from({ length: n }, (_, i) => words[(i * 7 + seed) % words.length]).join(' ') + '.';

export function buildExportsBoard(today: string, meetings = 40, visits = 36): DemoBoard {
  const board = buildDemoBoard(today, uuid);
  const template = board.meetings!.find((m) => m.minutesStatus === 'approved')!;
  const visitTemplate = board.visits!.find((v) => v.status === 'complete')!;
  const areas = board.areas!;
  for (let m = 0; m < meetings; m++) {
    const date = shiftDate(today, -14 - m * 17);
    const meeting: Meeting = { ...template, id: uuid(), date, approvedAt: `${shiftDate(date, 3)}T18:00:00.000Z` };
    board.meetings!.push(meeting);
    for (let i = 1; i <= 4; i++) {
      const item: MinuteItem = {
        ...board.minuteItems![0]!,
        id: uuid(),
        meetingId: meeting.id,
        position: i,
        visibility: 'board',
        title: `Area for improvement ${((m + i) % areas.length) + 1}: progress since the last meeting (${i})`,
        itemKind: 'area',
        papers: '',
        discussion: prose(140, m + i),
        decision: prose(30, m + 2 * i),
        areaId: areas[(m + i) % areas.length]!.id,
      };
      board.minuteItems!.push(item);
      board.challengeRecords!.push({
        ...board.challengeRecords![0]!,
        id: uuid(),
        visibility: 'board',
        topic: 'plan',
        meetingId: meeting.id,
        minuteItemId: item.id,
        question: prose(50, m * i),
        answer: prose(30, m + i),
        askedAt: `${date}T16:30:00.000Z`,
      });
      const action: MeetingAction = {
        ...board.meetingActions![0]!,
        id: uuid(),
        meetingId: meeting.id,
        minuteItemId: item.id,
        description: prose(18, m + i),
        due: shiftDate(date, 21),
        status: m > 2 ? 'done' : 'open',
      };
      board.meetingActions!.push(action);
    }
  }
  for (let v = 0; v < visits; v++) {
    const visit: Visit = {
      ...visitTemplate,
      id: uuid(),
      date: shiftDate(today, -10 - v * 19),
      report: {
        ...visitTemplate.report,
        purpose: prose(40, v),
        seen: prose(220, v + 1),
        strengths: prose(90, v + 2),
        questions: prose(70, v + 3),
        followUps: prose(50, v + 4),
      },
    };
    board.visits!.push(visit);
  }
  return board;
}
