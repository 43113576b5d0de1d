import { describe, expect, it } from 'vitest';
import { buildCalendar, type HallOverride } from '../../shared/domain/calendar';
import { nationalScheduleFromLists, packageSchedules } from '../../shared/domain/national-schedules';
import {
  complaintDueDate,
  departmentWindow,
  firstResponseDue,
  isOnLeave,
  routeComplaint,
  windowRecipient,
  type ItemRef,
  type LeaveRange,
  type StaffPost,
  type WindowRef,
} from '../../shared/domain/routing';
import { DEFAULT_HALL_RULES } from '../../shared/domain/hall-rules';

const calendar = (overrides: HallOverride[] = []) => buildCalendar({ packageYears: packageSchedules(), loadedYears: [], overrides });
const cal = calendar();

const DAY = '2025-10-09';

const staff: StaffPost[] = [
  { staffId: 's-a1', windowId: 'w1', post: 'A', roles: ['window-staff'] },
  { staffId: 's-b1', windowId: 'w1', post: 'B', roles: ['window-staff'] },
  { staffId: 's-a2', windowId: 'w2', post: 'A', roles: ['window-staff'] },
  { staffId: 's-b2', windowId: 'w2', post: 'B', roles: ['window-staff'] },
  { staffId: 's-other', windowId: 'w1', roles: ['window-staff'] }, // no post: never routed to
  { staffId: 'sup-2', roles: ['supervisor'] },
  { staffId: 'sup-1', roles: ['supervisor', 'hall-admin'] },
];

/** w1 has only an A post; its B post is w2's A post (bPostOf). */
const oneB: StaffPost[] = [
  { staffId: 's-a1', windowId: 'w1', post: 'A', roles: ['window-staff'] },
  { staffId: 's-a2', windowId: 'w2', post: 'A', bPostOf: ['w1'], roles: ['window-staff'] },
];

const windows: WindowRef[] = [
  { windowId: 'w1', departmentId: 'dept-market' },
  { windowId: 'w2', departmentId: 'dept-tax' },
  { windowId: 'w3', departmentId: 'dept-tax' },
  { windowId: 'w9', departmentId: 'dept-empty' },
];

const items: ItemRef[] = [
  { itemId: 'i-licence', departmentId: 'dept-market', windowIds: ['w1'] },
  // Taken by a comprehensive window of another department and by both tax windows: w2 is the first of the department's.
  { itemId: 'i-tax', departmentId: 'dept-tax', windowIds: ['w1', 'w3', 'w2'] },
  // None of its windows belongs to its department: any window of the department (lowest id).
  { itemId: 'i-tax-elsewhere', departmentId: 'dept-tax', windowIds: ['w1'] },
  { itemId: 'i-orphan', departmentId: 'dept-none', windowIds: ['w1'] },
  { itemId: 'i-empty', departmentId: 'dept-empty', windowIds: ['w9'] },
];

const leave = (staffId: string, from: string, to: string): LeaveRange => ({ staffId, from, to });

describe('isOnLeave (inclusive ranges)', () => {
  it.each([
    ['covering the day', [leave('s-a1', '2025-10-08', '2025-10-10')], true],
    ['a one-day leave on the day', [leave('s-a1', DAY, DAY)], true],
    ['starting that day', [leave('s-a1', DAY, '2025-10-20')], true],
    ['ending that day', [leave('s-a1', '2025-09-01', DAY)], true],
    ['ending the day before', [leave('s-a1', '2025-10-01', '2025-10-08')], false],
    ['starting the day after', [leave('s-a1', '2025-10-10', '2025-10-12')], false],
    ['someone else on leave', [leave('s-b1', DAY, DAY)], false],
    ['no leave at all', [], false],
  ])('%s → %s', (_label, leaves, expected) => {
    expect(isOnLeave('s-a1', DAY, leaves)).toBe(expected);
  });
});

describe('windowRecipient (AB岗)', () => {
  it.each<[string, LeaveRange[], StaffPost[], { staffId: string; post: 'A' | 'B' } | undefined]>([
    ['A present', [], staff, { staffId: 's-a1', post: 'A' }],
    ['A on leave covering the day → B', [leave('s-a1', '2025-10-01', '2025-10-10')], staff, { staffId: 's-b1', post: 'B' }],
    ['A leave ended the day before → A', [leave('s-a1', '2025-10-01', '2025-10-08')], staff, { staffId: 's-a1', post: 'A' }],
    ['A leave starts the day after → A', [leave('s-a1', '2025-10-10', '2025-10-17')], staff, { staffId: 's-a1', post: 'A' }],
    ['A and B on leave → nobody', [leave('s-a1', DAY, DAY), leave('s-b1', '2025-10-09', '2025-10-31')], staff, undefined],
    ['no staff at all', [], [], undefined],
    [
      'several A posts: lowest staffId',
      [],
      [...staff, { staffId: 's-a0', windowId: 'w1', post: 'A', roles: [] }],
      { staffId: 's-a0', post: 'A' },
    ],
    [
      'several A posts, the lowest on leave: the next A before B',
      [leave('s-a0', DAY, DAY)],
      [...staff, { staffId: 's-a0', windowId: 'w1', post: 'A', roles: [] }],
      { staffId: 's-a1', post: 'A' },
    ],
    ['no A post at all → B', [], staff.filter((s) => s.staffId !== 's-a1'), { staffId: 's-b1', post: 'B' }],
    // AB岗 across windows: a one-person window's B post works at another window.
    ['A away, no B of its own → the B post from another window', [leave('s-a1', DAY, DAY)], oneB, { staffId: 's-a2', post: 'B' }],
    ['A present → A, whoever covers as B', [], oneB, { staffId: 's-a1', post: 'A' }],
    [
      "A away → the window's own B before a B post from elsewhere",
      [leave('s-a1', DAY, DAY)],
      [...oneB, { staffId: 's-b0', windowId: 'w1', post: 'B', roles: [] }],
      { staffId: 's-b0', post: 'B' },
    ],
    ['A and the B from elsewhere away → nobody', [leave('s-a1', DAY, DAY), leave('s-a2', DAY, DAY)], oneB, undefined],
  ])('%s', (_label, leaves, people, expected) => {
    expect(windowRecipient('w1', DAY, people, leaves)).toEqual(expected);
  });

  it("a B post of another window does not answer for its own window's B", () => {
    // s-a2 is A at w2 and B of w1: at w2 they are the A post, nothing else.
    expect(windowRecipient('w2', DAY, oneB, [])).toEqual({ staffId: 's-a2', post: 'A' });
    expect(windowRecipient('w2', DAY, oneB, [leave('s-a2', DAY, DAY)])).toBeUndefined();
  });
});

describe('departmentWindow', () => {
  it.each([
    ['i-licence', 'w1'],
    ['i-tax', 'w2'],
    ['i-tax-elsewhere', 'w2'],
    ['i-orphan', undefined],
    ['i-empty', 'w9'],
  ])('%s → %s', (itemId, expected) => {
    const item = items.find((i) => i.itemId === itemId);
    expect(item).toBeDefined();
    expect(departmentWindow(item as ItemRef, windows)).toBe(expected);
  });
});

describe('routeComplaint', () => {
  const route = (input: { windowId?: string; itemId?: string; leaves?: LeaveRange[]; staff?: StaffPost[] }) =>
    routeComplaint({
      ...(input.windowId !== undefined ? { windowId: input.windowId } : {}),
      ...(input.itemId !== undefined ? { itemId: input.itemId } : {}),
      date: DAY,
      windows,
      items,
      staff: input.staff ?? staff,
      leaves: input.leaves ?? [],
    });

  it.each<[string, Parameters<typeof route>[0], { windowId?: string; assignee?: string; route: string }]>([
    ['window → A post', { windowId: 'w1' }, { windowId: 'w1', assignee: 's-a1', route: 'a-post' }],
    [
      'window, A on leave that day → B post',
      { windowId: 'w1', leaves: [leave('s-a1', '2025-10-09', '2025-10-09')] },
      { windowId: 'w1', assignee: 's-b1', route: 'b-post' },
    ],
    [
      'window, A leave ended the day before → A',
      { windowId: 'w1', leaves: [leave('s-a1', '2025-09-29', '2025-10-08')] },
      { windowId: 'w1', assignee: 's-a1', route: 'a-post' },
    ],
    [
      'window, A leave starts the day after → A',
      { windowId: 'w1', leaves: [leave('s-a1', '2025-10-10', '2025-10-10')] },
      { windowId: 'w1', assignee: 's-a1', route: 'a-post' },
    ],
    [
      'window, A and B on leave → supervisor (lowest staffId)',
      { windowId: 'w1', leaves: [leave('s-a1', DAY, DAY), leave('s-b1', DAY, DAY)] },
      { windowId: 'w1', assignee: 'sup-1', route: 'supervisor' },
    ],
    [
      'window, A and B on leave, first supervisor on leave → the other supervisor',
      { windowId: 'w1', leaves: [leave('s-a1', DAY, DAY), leave('s-b1', DAY, DAY), leave('sup-1', '2025-10-01', '2025-10-31')] },
      { windowId: 'w1', assignee: 'sup-2', route: 'supervisor' },
    ],
    [
      'window, everyone on leave → unassigned',
      {
        windowId: 'w1',
        leaves: ['s-a1', 's-b1', 'sup-1', 'sup-2'].map((id) => leave(id, DAY, DAY)),
      },
      { windowId: 'w1', route: 'unassigned' },
    ],
    ['no staff at all → unassigned', { windowId: 'w1', staff: [] }, { windowId: 'w1', route: 'unassigned' }],
    ['item without window → department window A', { itemId: 'i-tax' }, { windowId: 'w2', assignee: 's-a2', route: 'department-window' }],
    [
      'item, department window A on leave → its B',
      { itemId: 'i-tax', leaves: [leave('s-a2', DAY, DAY)] },
      { windowId: 'w2', assignee: 's-b2', route: 'department-window' },
    ],
    [
      "item whose windows are all another department's → any window of its department",
      { itemId: 'i-tax-elsewhere' },
      { windowId: 'w2', assignee: 's-a2', route: 'department-window' },
    ],
    [
      'item, department window without staff → supervisor',
      { itemId: 'i-empty' },
      { windowId: 'w9', assignee: 'sup-1', route: 'supervisor' },
    ],
    ['item of a department without window → supervisor', { itemId: 'i-orphan' }, { assignee: 'sup-1', route: 'supervisor' }],
    ['unknown item → supervisor', { itemId: 'i-unknown' }, { assignee: 'sup-1', route: 'supervisor' }],
    ['nothing named → supervisor', {}, { assignee: 'sup-1', route: 'supervisor' }],
    ['nothing named, no staff → unassigned', { staff: [] }, { route: 'unassigned' }],
    [
      'nothing named, supervisors on leave → unassigned',
      { leaves: [leave('sup-1', '2025-10-01', '2025-10-09'), leave('sup-2', '2025-10-09', '2025-10-12')] },
      { route: 'unassigned' },
    ],
    ['window wins over item', { windowId: 'w1', itemId: 'i-tax' }, { windowId: 'w1', assignee: 's-a1', route: 'a-post' }],
  ])('%s', (_label, input, expected) => {
    const routing = route(input);
    expect({ windowId: routing.windowId, assignee: routing.assignee, route: routing.route }).toEqual({
      windowId: undefined,
      assignee: undefined,
      ...expected,
    });
    expect(routing.note.length).toBeGreaterThan(0);
    expect(routing.note.length).toBeLessThanOrEqual(120);
  });

  it('is deterministic whatever the order of the staff list', () => {
    const reversed = [...staff].reverse();
    const leaves = [leave('s-a1', DAY, DAY), leave('s-b1', DAY, DAY)];
    expect(routeComplaint({ windowId: 'w1', date: DAY, windows, items, staff: reversed, leaves })).toEqual(
      routeComplaint({ windowId: 'w1', date: DAY, windows, items, staff, leaves }),
    );
  });
});

describe('complaint due dates (the one working-day rule)', () => {
  const days = { complaintResolutionDays: 5, rectificationDays: 5 };

  it.each<[string, string, 'complaint' | 'bad-rating', typeof days, string]>([
    // 10-01..08 holidays; 10-09, 10-10, 10-11 (make-up Saturday), 10-13, 10-14.
    ['complaint over National Day', '2025-09-30', 'complaint', days, '2025-10-14'],
    ['bad rating over National Day', '2025-09-30', 'bad-rating', days, '2025-10-14'],
    // 02-13, 02-14 (make-up Saturday), 02-15..23 Spring Festival, 02-24, 02-25, 02-26.
    ['rectification across the 2026 Spring Festival', '2026-02-12', 'bad-rating', days, '2026-02-26'],
    ['rectification received on the make-up Saturday', '2026-02-14', 'bad-rating', days, '2026-02-28'],
    ['rectification, local rule 15 days', '2026-02-13', 'bad-rating', { complaintResolutionDays: 5, rectificationDays: 15 }, '2026-03-12'],
    ['complaint uses its own days', '2026-02-13', 'complaint', { complaintResolutionDays: 3, rectificationDays: 15 }, '2026-02-25'],
    ['received on a holiday: clock starts after it', '2025-10-03', 'complaint', days, '2025-10-14'],
  ])('%s: %s + %s → %s', (_label, received, source, d, expected) => {
    expect(complaintDueDate(cal, received, source, d)).toEqual({ dueDate: expected, provisional: false });
  });

  it('defaults to 5 working days (the hall rules)', () => {
    expect(DEFAULT_HALL_RULES).toMatchObject({ complaintResolutionDays: 5, rectificationDays: 5, complaintFirstResponseDays: 1 });
    expect(complaintDueDate(cal, '2025-09-30', 'complaint', DEFAULT_HALL_RULES)).toEqual({ dueDate: '2025-10-14', provisional: false });
  });

  it('honours hall overrides (临时闭厅)', () => {
    const closed = calendar([{ date: '2025-10-10', open: false, reason: '临时闭厅' }]);
    expect(complaintDueDate(closed, '2025-09-30', 'complaint', days).dueDate).toBe('2025-10-15');
  });

  it('is provisional when it reaches a year without a national schedule', () => {
    expect(complaintDueDate(cal, '2026-12-28', 'complaint', days)).toEqual({ dueDate: '2027-01-04', provisional: true });
    const loaded = buildCalendar({
      packageYears: packageSchedules(),
      loadedYears: [nationalScheduleFromLists(2027, ['2027-01-01'], [])],
      overrides: [],
    });
    expect(complaintDueDate(loaded, '2026-12-28', 'complaint', days)).toEqual({ dueDate: '2027-01-05', provisional: false });
  });

  it.each([
    ['2025-09-30', 1, '2025-10-09'],
    ['2025-09-26', 1, '2025-09-28'], // Friday → the make-up working Sunday
    ['2025-09-27', 1, '2025-09-28'],
    ['2026-02-13', 2, '2026-02-24'],
  ])('first response: %s (+%s) → %s', (received, n, expected) => {
    expect(firstResponseDue(cal, received, { complaintFirstResponseDays: n })).toEqual({ dueDate: expected, provisional: false });
  });
});
