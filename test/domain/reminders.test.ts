import { describe, expect, it } from 'vitest';
import { buildCalendar, type HallOverride } from '../../shared/domain/calendar';
import { packageSchedules } from '../../shared/domain/national-schedules';
import {
  calendarGapWarning,
  reminderId,
  selectReminders,
  shouldRunOn,
  type Reminder,
  type ReminderInput,
} from '../../shared/domain/reminders';
import { DEFAULT_HALL_RULES } from '../../shared/domain/hall-rules';
import type { LeaveRange, StaffPost } from '../../shared/domain/routing';

const calendar = (overrides: HallOverride[] = []) => buildCalendar({ packageYears: packageSchedules(), loadedYears: [], overrides });
const cal = calendar();

const staff: StaffPost[] = [
  { staffId: 's-a1', windowId: 'w1', post: 'A', roles: ['window-staff'] },
  { staffId: 's-b1', windowId: 'w1', post: 'B', roles: ['window-staff'] },
  { staffId: 's-a2', windowId: 'w2', post: 'A', roles: ['window-staff'] },
  { staffId: 'sup-1', roles: ['supervisor'] },
];

const select = (input: Partial<ReminderInput> & { asOf: string }): Reminder[] =>
  selectReminders({
    cal,
    openCases: [],
    openComplaints: [],
    reportDeadlines: [],
    staff,
    leaves: [],
    thresholds: { caseDueSoonDays: 2, complaintDueSoonDays: 1 },
    ...input,
  });

const leave = (staffId: string, from: string, to: string): LeaveRange => ({ staffId, from, to });

describe('case reminders at holiday boundaries', () => {
  // asOf 2025-09-30 (Tue); 10-01..08 National Day + Mid-Autumn; 10-11 (Sat) a make-up working day.
  it.each<[string, string, string, Reminder['kind'] | undefined, number | undefined]>([
    ['2025-09-30', '2025-10-09', 'first working day after the holiday', 'case-due-soon', 1],
    ['2025-09-30', '2025-10-10', 'second working day after the holiday', 'case-due-soon', 2],
    ['2025-09-30', '2025-10-11', 'the make-up Saturday is a third working day', undefined, undefined],
    ['2025-09-30', '2025-10-13', 'four working days away', undefined, undefined],
    ['2025-09-30', '2025-09-30', 'due today', 'case-due-soon', 0],
    ['2025-09-30', '2025-09-29', 'due yesterday', 'case-overdue', -1],
    ['2025-09-30', '2025-09-26', 'due before the make-up Sunday: it counts', 'case-overdue', -3],
    ['2025-10-09', '2025-09-30', 'due before the holiday, asOf just after it', 'case-overdue', -1],
    ['2025-10-04', '2025-09-30', 'asOf a holiday (job run by hand): overdue is at least -1', 'case-overdue', -1],
    ['2025-09-28', '2025-09-30', 'asOf the make-up working Sunday', 'case-due-soon', 2],
    ['2025-09-26', '2025-09-29', 'Friday before the make-up Sunday: Monday is 2 working days away', 'case-due-soon', 2],
    ['2025-09-26', '2025-09-30', 'Friday before the make-up Sunday: Tuesday is 3 away', undefined, undefined],
    ['2026-02-13', '2026-02-24', 'across the Spring Festival (02-14 make-up Saturday, then 02-24)', 'case-due-soon', 2],
    ['2026-02-13', '2026-02-25', 'across the Spring Festival, 3 away', undefined, undefined],
    ['2025-12-31', '2026-01-04', 'the make-up working Sunday after New Year', 'case-due-soon', 1],
  ])('asOf %s, due %s (%s) → %s %s', (asOf, dueDate, _label, kind, left) => {
    const reminders = select({ asOf, openCases: [{ caseId: 'c1', windowId: 'w1', dueDate }] });
    if (kind === undefined) {
      expect(reminders).toEqual([]);
    } else {
      expect(reminders).toEqual([{ kind, subjectId: 'c1', windowId: 'w1', recipient: 's-a1', dueDate, workingDaysLeft: left }]);
    }
  });

  it.each<[string, LeaveRange[], StaffPost[], string]>([
    ['A present → A', [], staff, 's-a1'],
    ['A on leave → B', [leave('s-a1', '2025-09-29', '2025-10-10')], staff, 's-b1'],
    ['A leave ended the day before → A', [leave('s-a1', '2025-09-20', '2025-09-29')], staff, 's-a1'],
    ['A leave starts the day after → A', [leave('s-a1', '2025-10-01', '2025-10-10')], staff, 's-a1'],
    [
      'A and B on leave → unassigned',
      [leave('s-a1', '2025-09-30', '2025-09-30'), leave('s-b1', '2025-09-30', '2025-09-30')],
      staff,
      'unassigned',
    ],
    ['no staff at all → unassigned', [], [], 'unassigned'],
    [
      'A on leave, no B of its own → the B post from another window (bPostOf)',
      [leave('s-a1', '2025-09-30', '2025-09-30')],
      [staff[0]!, { ...staff[2]!, bPostOf: ['w1'] }],
      's-a2',
    ],
  ])('recipient: %s', (_label, leaves, people, recipient) => {
    const reminders = select({
      asOf: '2025-09-30',
      openCases: [{ caseId: 'c1', windowId: 'w1', dueDate: '2025-10-09' }],
      staff: people,
      leaves,
    });
    expect(reminders.map((r) => r.recipient)).toEqual([recipient]);
  });
});

describe('complaint and rectification reminders', () => {
  it.each<[string, string, string | undefined, LeaveRange[], Reminder['kind'] | undefined, number | undefined, string | undefined]>([
    ['due the next working day (after the holiday)', '2025-10-09', 's-a1', [], 'complaint-due-soon', 1, 's-a1'],
    ['due today', '2025-09-30', 's-a1', [], 'complaint-due-soon', 0, 's-a1'],
    ['due in 2 working days: not yet', '2025-10-10', 's-a1', [], undefined, undefined, undefined],
    ['overdue', '2025-09-26', 's-a1', [], 'complaint-overdue', -3, 's-a1'],
    ['assignee A on leave → B', '2025-10-09', 's-a1', [leave('s-a1', '2025-09-30', '2025-09-30')], 'complaint-due-soon', 1, 's-b1'],
    [
      'assignee A and B on leave → stays with A',
      '2025-10-09',
      's-a1',
      [leave('s-a1', '2025-09-30', '2025-09-30'), leave('s-b1', '2025-09-30', '2025-09-30')],
      'complaint-due-soon',
      1,
      's-a1',
    ],
    [
      'assignee B on leave → stays with B (only A is stood in for)',
      '2025-10-09',
      's-b1',
      [leave('s-b1', '2025-09-30', '2025-09-30')],
      'complaint-due-soon',
      1,
      's-b1',
    ],
    [
      'supervisor assignee on leave → stays',
      '2025-09-29',
      'sup-1',
      [leave('sup-1', '2025-09-30', '2025-09-30')],
      'complaint-overdue',
      -1,
      'sup-1',
    ],
    ['no assignee, overdue → unassigned', '2025-09-29', undefined, [], 'complaint-overdue', -1, 'unassigned'],
    [
      'no assignee, due far away → still reported every day as unassigned',
      '2025-10-14',
      undefined,
      [],
      'complaint-due-soon',
      5,
      'unassigned',
    ],
  ])('%s', (_label, dueDate, assignee, leaves, kind, left, recipient) => {
    const reminders = select({
      asOf: '2025-09-30',
      openComplaints: [{ complaintId: 'k1', windowId: 'w1', ...(assignee ? { assignee } : {}), dueDate }],
      leaves,
    });
    if (kind === undefined) {
      expect(reminders).toEqual([]);
    } else {
      expect(reminders).toEqual([{ kind, subjectId: 'k1', windowId: 'w1', recipient, dueDate, workingDaysLeft: left }]);
    }
  });

  it('a complaint without a window keeps its assignee and has no windowId', () => {
    expect(
      select({
        asOf: '2025-09-30',
        openComplaints: [{ complaintId: 'k2', assignee: 'sup-1', dueDate: '2025-10-09' }],
      }),
    ).toEqual([{ kind: 'complaint-due-soon', subjectId: 'k2', recipient: 'sup-1', dueDate: '2025-10-09', workingDaysLeft: 1 }]);
  });
});

describe('report-due reminders (N working days before through the deadline day)', () => {
  // 2025-09 entries close on 2025-10-09 (3rd moved past the National Day holiday).
  it.each<[string, number | undefined]>([
    ['2025-09-26', undefined], // 09-28 (make-up Sunday), 09-29, 09-30, 10-09: 4 working days away
    ['2025-09-29', 2],
    ['2025-09-30', 1],
    ['2025-10-09', 0],
    ['2025-10-10', undefined], // past: no reminder
  ])('asOf %s → %s', (asOf, left) => {
    const reminders = select({
      asOf,
      reportDeadlines: [{ subjectId: 'entries:2025-09:dept-tax', recipient: 'scorer-1', dueDate: '2025-10-09' }],
    });
    expect(reminders).toEqual(
      left === undefined
        ? []
        : [
            {
              kind: 'report-due',
              subjectId: 'entries:2025-09:dept-tax',
              recipient: 'scorer-1',
              dueDate: '2025-10-09',
              workingDaysLeft: left,
            },
          ],
    );
  });

  it('a window report whose A post is on leave goes to B; literal recipients are kept', () => {
    const reminders = select({
      asOf: '2025-09-30',
      leaves: [leave('s-a1', '2025-09-30', '2025-10-09')],
      reportDeadlines: [
        { subjectId: 'report:2025-09:w1', windowId: 'w1', recipient: 's-a1', dueDate: '2025-10-09' },
        { subjectId: 'report:2025-09:hall', recipient: 'supervisors', dueDate: '2025-10-09' },
      ],
    });
    expect(reminders.map((r) => [r.subjectId, r.recipient])).toEqual([
      ['report:2025-09:hall', 'supervisors'],
      ['report:2025-09:w1', 's-b1'],
    ]);
  });
});

describe('selectReminders as a whole', () => {
  const input = {
    asOf: '2025-09-30',
    openCases: [
      { caseId: 'c-3', windowId: 'w2', dueDate: '2025-10-09' },
      { caseId: 'c-far', windowId: 'w1', dueDate: '2025-11-20' },
      { caseId: 'c-1', windowId: 'w1', dueDate: '2025-10-10' },
      { caseId: 'c-2', windowId: 'w1', dueDate: '2025-10-09' },
      { caseId: 'c-old', windowId: 'w1', dueDate: '2025-09-01' },
    ],
    openComplaints: [
      { complaintId: 'k-1', windowId: 'w1', assignee: 's-a1', dueDate: '2025-09-29' },
      { complaintId: 'k-2', windowId: 'w2', assignee: 's-a2', dueDate: '2025-10-09' },
    ],
    reportDeadlines: [{ subjectId: 'entries:2025-09', recipient: 'scorer-1', dueDate: '2025-10-09' }],
  };

  it('sorts by kind, due date, subject and ids are stable', () => {
    const reminders = select(input);
    expect(reminders.map((r) => [r.kind, r.subjectId, r.dueDate, r.workingDaysLeft, r.recipient])).toEqual([
      ['case-due-soon', 'c-2', '2025-10-09', 1, 's-a1'],
      ['case-due-soon', 'c-3', '2025-10-09', 1, 's-a2'],
      ['case-due-soon', 'c-1', '2025-10-10', 2, 's-a1'],
      ['case-overdue', 'c-old', '2025-09-01', -22, 's-a1'], // 21 weekdays + the make-up Sunday 09-28
      ['complaint-due-soon', 'k-2', '2025-10-09', 1, 's-a2'],
      ['complaint-overdue', 'k-1', '2025-09-29', -1, 's-a1'],
      ['report-due', 'entries:2025-09', '2025-10-09', 1, 'scorer-1'],
    ]);
    const reversed = select({
      ...input,
      openCases: [...input.openCases].reverse(),
      openComplaints: [...input.openComplaints].reverse(),
    });
    expect(reversed).toEqual(reminders);
  });

  it('one reminder per (kind, subject) even if a subject is listed twice', () => {
    const reminders = select({
      asOf: '2025-09-30',
      openCases: [
        { caseId: 'c1', windowId: 'w1', dueDate: '2025-10-09' },
        { caseId: 'c1', windowId: 'w1', dueDate: '2025-10-09' },
      ],
    });
    expect(reminders).toHaveLength(1);
  });

  it('the default thresholds are those of the hall rules', () => {
    expect(DEFAULT_HALL_RULES).toMatchObject({ caseDueSoonDays: 2, complaintDueSoonDays: 1 });
    expect(selectReminders({ ...input, cal, staff, leaves: [], thresholds: DEFAULT_HALL_RULES })).toEqual(select(input));
  });

  it('wider thresholds', () => {
    const reminders = select({
      asOf: '2025-09-30',
      openCases: [{ caseId: 'c1', windowId: 'w1', dueDate: '2025-10-13' }],
      thresholds: { caseDueSoonDays: 4, complaintDueSoonDays: 1 },
    });
    expect(reminders.map((r) => r.workingDaysLeft)).toEqual([4]);
  });

  it('hall overrides shift the count (临时闭厅 on 10-09)', () => {
    const closed = calendar([{ date: '2025-10-09', open: false, reason: '临时闭厅' }]);
    const reminders = select({
      asOf: '2025-09-30',
      cal: closed,
      openCases: [
        { caseId: 'c1', windowId: 'w1', dueDate: '2025-10-10' },
        { caseId: 'c2', windowId: 'w1', dueDate: '2025-10-11' },
        { caseId: 'c3', windowId: 'w1', dueDate: '2025-10-13' },
      ],
    });
    expect(reminders.map((r) => [r.subjectId, r.workingDaysLeft])).toEqual([
      ['c1', 1],
      ['c2', 2],
    ]);
  });
});

describe('reminderId', () => {
  it('is stable per (day, kind, subject)', () => {
    expect(reminderId('2025-09-30', 'case-due-soon', 'c1')).toBe(reminderId('2025-09-30', 'case-due-soon', 'c1'));
    const ids = new Set([
      reminderId('2025-09-30', 'case-due-soon', 'c1'),
      reminderId('2025-10-09', 'case-due-soon', 'c1'),
      reminderId('2025-09-30', 'case-overdue', 'c1'),
      reminderId('2025-09-30', 'case-due-soon', 'c2'),
    ]);
    expect(ids.size).toBe(4);
  });

  it('refuses a malformed date', () => {
    expect(() => reminderId('2025-9-30', 'case-due-soon', 'c1')).toThrow(RangeError);
  });
});

describe('shouldRunOn (working days of the hall only)', () => {
  it.each([
    ['2025-10-01', false, 'National Day'],
    ['2025-10-08', false, 'last holiday day'],
    ['2025-10-09', true, 'first day back'],
    ['2025-09-27', false, 'a normal Saturday'],
    ['2025-09-28', true, 'make-up working Sunday'],
    ['2025-10-11', true, 'make-up working Saturday'],
    ['2025-09-30', true, 'a normal Tuesday'],
    ['2026-02-17', false, 'Spring Festival'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(shouldRunOn(cal, date)).toBe(expected);
  });

  it('follows hall overrides', () => {
    expect(shouldRunOn(calendar([{ date: '2025-09-30', open: false, reason: '临时闭厅' }]), '2025-09-30')).toBe(false);
    expect(shouldRunOn(calendar([{ date: '2025-09-27', open: true, reason: '周末开放' }]), '2025-09-27')).toBe(true);
  });
});

describe('calendarGapWarning', () => {
  it.each<[string, number | undefined, { years: number[] } | undefined]>([
    ['2026-11-15', undefined, { years: [2027] }],
    ['2025-06-01', undefined, undefined],
    ['2026-11-01', undefined, undefined], // +60 days = 2026-12-31
    ['2026-11-02', undefined, { years: [2027] }], // +60 days = 2027-01-01
    ['2026-06-01', 365, { years: [2027] }],
    ['2026-12-01', 800, { years: [2027, 2028, 2029] }],
  ])('%s (+%s days) → %j', (asOf, days, expected) => {
    expect(days === undefined ? calendarGapWarning(cal, asOf) : calendarGapWarning(cal, asOf, days)).toEqual(expected);
  });
});

describe('findings waiting for review (申诉复核)', () => {
  it('remind a supervisor present that day, every day until reviewed', () => {
    const reminders = select({ asOf: '2025-09-30', underReview: [{ complaintId: 'R-c1', windowId: 'w1', dueDate: '2025-10-10' }] });
    expect(reminders).toEqual([
      { kind: 'review-waiting', subjectId: 'R-c1', windowId: 'w1', recipient: 'sup-1', dueDate: '2025-10-10', workingDaysLeft: 2 },
    ]);
  });

  it('say so when no supervisor is present', () => {
    const reminders = select({
      asOf: '2025-09-30',
      underReview: [{ complaintId: 'R-c1' }],
      leaves: [leave('sup-1', '2025-09-29', '2025-10-10')],
    });
    expect(reminders).toEqual([
      { kind: 'review-waiting', subjectId: 'R-c1', recipient: 'unassigned', dueDate: '2025-09-30', workingDaysLeft: 0 },
    ]);
  });
});

describe('first responses (首次响应) not yet given', () => {
  const answerBy = (firstResponseDue: string, assignee = 's-a1') => [{ complaintId: 'c1', windowId: 'w1', assignee, firstResponseDue }];

  it.each([
    // asOf, first response due, kind, working days left (complaintDueSoonDays: 1)
    ['2025-09-26', '2025-09-28', 'response-due-soon', 1], // the make-up Sunday is the next working day
    ['2025-09-28', '2025-09-28', 'response-due-soon', 0],
    ['2025-09-29', '2025-09-28', 'response-overdue', -1],
    ['2025-10-09', '2025-09-30', 'response-overdue', -1], // the National Day holidays in between do not count
  ] as const)('on %s, a first response due %s is %s (%i)', (asOf, due, kind, left) => {
    expect(select({ asOf, awaitingResponse: answerBy(due) })).toEqual([
      { kind, subjectId: 'c1', windowId: 'w1', recipient: 's-a1', dueDate: due, workingDaysLeft: left },
    ]);
  });

  it('are not reminded of while the deadline is further away', () => {
    expect(select({ asOf: '2025-09-26', awaitingResponse: answerBy('2025-09-30') })).toEqual([]);
  });

  it('go to the B post while the assigned A post is on leave', () => {
    const reminders = select({
      asOf: '2025-09-29',
      awaitingResponse: answerBy('2025-09-29'),
      leaves: [leave('s-a1', '2025-09-29', '2025-09-29')],
    });
    expect(reminders.map((r) => [r.kind, r.recipient])).toEqual([['response-due-soon', 's-b1']]);
  });
});
