/**
 * Monthly statistics from a hand-made October 2025 (National Day 10-01..10-08, make-up working
 * days 09-28 and 10-11): every figure below was counted by hand from the fixture's story, not
 * from the code. Cases are made with the lifecycle's own functions, so their due dates are the
 * clock's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeWindowMetrics, type MonthFacts } from '../../shared/domain/assessment';
import { buildCalendar } from '../../shared/domain/calendar';
import { decide, intake, receiveMaterials, refuse, resume, suspend, withdraw, type Case, type ItemTerms } from '../../shared/domain/cases';
import type { Complaint } from '../../shared/domain/complaints';
import { packageSchedules } from '../../shared/domain/national-schedules';
import {
  frontDeskRows,
  monthStatistics,
  replacesKept,
  substantiatedIn,
  type ComplaintForStatistics,
  type RatingForStatistics,
  type StatisticsRow,
  type StatisticsSetUp,
} from '../../shared/domain/statistics';

const cal = buildCalendar({ packageYears: packageSchedules(), loadedYears: [], overrides: [] });
const at = (s: string) => new Date(`${s}+08:00`);

const ITEMS: Record<string, ItemTerms> = {
  licence: {
    itemId: 'licence',
    name: '食品经营许可',
    kind: 'approval',
    windowIds: ['w1'],
    promisedLimitDays: 5,
    materials: [
      { id: 'a', name: '申请书' },
      { id: 'b', name: '平面图' },
    ],
  },
  record: {
    itemId: 'record',
    name: '个体工商户登记',
    kind: 'service',
    windowIds: ['w1'],
    promisedLimitDays: 1,
    materials: [{ id: 'a', name: '申请书' }],
  },
  permit: {
    itemId: 'permit',
    name: '施工许可',
    kind: 'service',
    windowIds: ['w2'],
    promisedLimitDays: 3,
    materials: [{ id: 'a', name: '申请书' }],
  },
};

let seq = 0;
/** A case taken in at `receivedAt` by `by`, complete (accepted at once) unless `missing`. */
function received(itemId: string, receivedAt: string, by: string, missing = false): Case {
  const item = ITEMS[itemId]!;
  const submitted = missing ? ['a'] : item.materials.map((m) => m.id);
  return intake(
    {
      caseId: `c${++seq}`,
      publicCode: 'CODE',
      hallId: 'h1',
      windowId: item.windowIds[0]!,
      item,
      applicant: { name: '王小明' },
      submittedMaterials: submitted,
      receivedAt: at(receivedAt),
      by,
    },
    at(receivedAt),
    cal,
  );
}
const approved = (c: Case, when: string, by: string) => decide(c, { outcome: 'approved' }, by, at(when));

// The cases of the story, by letter.
const A = approved(received('licence', '2025-09-29T09:00:00', 's-a'), '2025-10-13T15:00:00', 's-b'); // from September, on time (due 10-13)
const B = received('record', '2025-10-30T09:00:00', 's-a'); // concluded only in November
const C = approved(received('record', '2025-10-14T10:00:00', 's-a'), '2025-10-14T16:00:00', 's-a'); // on the spot
const D = approved(
  resume(
    suspend(received('licence', '2025-10-15T09:00:00', 's-a'), '专家评审', 's-a', at('2025-10-16T09:00:00'), cal),
    's-a',
    at('2025-10-27T09:00:00'),
    cal,
  ),
  '2025-10-30T10:00:00',
  's-chief',
); // due 10-22 without the suspension, 10-31 with it: on time
const E = approved(received('record', '2025-10-09T09:00:00', 's-a'), '2025-10-14T09:00:00', 's-b'); // due 10-10: late
const F = withdraw(received('licence', '2025-10-16T09:00:00', 's-a'), '申请人撤回', 's-a', at('2025-10-20T09:00:00'));
const G = receiveMaterials(
  received('licence', '2025-09-25T09:00:00', 's-a', true),
  ITEMS.licence!,
  ['b'],
  's-b',
  at('2025-10-09T09:00:00'),
  cal,
);
const H = approved(received('permit', '2025-10-20T09:00:00', 's-w2'), '2025-10-21T09:00:00', 's-w2');
const I = refuse(
  received('licence', '2025-10-22T09:00:00', 's-a', true),
  { reason: '不属于受理范围', remedy: '行政复议' },
  's-a',
  at('2025-10-22T11:00:00'),
);
const CASES = [A, B, C, D, E, F, G, H, I];

const rating = (c: Case, level: number, ratedAt: string, unfounded = false): RatingForStatistics => ({
  windowId: c.windowId,
  itemId: c.itemId,
  ...(c.concludedBy ? { staffId: c.concludedBy } : {}),
  level,
  ratedAt: `${ratedAt}+08:00`,
  unfounded,
});
const RATINGS = [
  rating(A, 5, '2025-10-14T09:00:00'),
  rating(C, 1, '2025-10-15T09:00:00', true), // found unfounded on review: counts nowhere
  rating(E, 2, '2025-10-15T10:00:00'),
  rating(H, 4, '2025-10-22T09:00:00'),
  rating(B, 5, '2025-09-30T09:00:00'), // September
  rating(D, 3, '2025-10-31T20:00:00'),
];

const complaint = (
  over: Partial<ComplaintForStatistics> & Pick<ComplaintForStatistics, 'category' | 'receivedAt'>,
): ComplaintForStatistics => ({
  source: 'complaint',
  status: 'assigned',
  ...over,
  receivedAt: `${over.receivedAt}+08:00`,
});
const COMPLAINTS = [
  complaint({
    category: '服务态度',
    windowId: 'w1',
    staffId: 's-a',
    receivedAt: '2025-10-10T09:00:00',
    status: 'resolved',
    substantiated: true,
    resolvedAt: '2025-10-15T09:00:00+08:00',
  }), // k1
  complaint({
    category: '办事效率',
    windowId: 'w1',
    receivedAt: '2025-10-12T09:00:00',
    status: 'under-review',
    proposedFinding: { resolution: '不属实', by: 's-a', at: '2025-10-20T09:00:00+08:00' },
  }), // k2
  complaint({
    category: '服务态度',
    windowId: 'w2',
    receivedAt: '2025-10-13T09:00:00',
    status: 'resolved',
    substantiated: false,
    resolvedAt: '2025-10-14T09:00:00+08:00',
  }), // k3
  complaint({
    category: '服务态度',
    windowId: 'w1',
    staffId: 's-b',
    receivedAt: '2025-09-28T09:00:00',
    status: 'resolved',
    substantiated: true,
    resolvedAt: '2025-10-09T09:00:00+08:00',
  }), // k4
  complaint({ category: '办事效率', windowId: 'w1', receivedAt: '2025-10-25T09:00:00' }), // k5, still open
  complaint({ category: '差评整改 (非常不满意)', source: 'bad-rating', windowId: 'w1', receivedAt: '2025-10-15T09:00:00' }), // a rectification: in the ratings
  complaint({ category: '环境卫生', itemId: 'permit', receivedAt: '2025-10-28T09:00:00' }), // k7, no window
  complaint({
    category: '办事效率',
    windowId: 'w1',
    receivedAt: '2025-09-20T09:00:00',
    status: 'under-review',
    proposedFinding: { resolution: '不属实', by: 's-a', at: '2025-09-25T09:00:00+08:00' },
  }), // k8
];

const SET_UP: StatisticsSetUp = {
  windows: [
    { windowId: 'w1', name: '市场准入窗口', departmentId: 'market' },
    { windowId: 'w2', name: '工程建设窗口', departmentId: 'housing' },
    { windowId: 'w3', name: '社保窗口', departmentId: 'social' },
  ],
  departments: [
    { departmentId: 'market', name: '市场监管局' },
    { departmentId: 'housing', name: '住建局' },
  ],
  items: [
    { itemId: 'licence', name: '食品经营许可', departmentId: 'market' },
    { itemId: 'record', name: '个体工商户登记', departmentId: 'market' },
    { itemId: 'permit', name: '施工许可', departmentId: 'housing' },
  ],
  staff: [{ staffId: 's-a', name: '张三' }],
  listedWindowIds: ['w1', 'w2', 'w3'],
};

const stats = monthStatistics('2025-10', { cases: CASES, ratings: RATINGS, complaints: COMPLAINTS }, SET_UP);

/** A row as [received, accepted, concluded, concludedOnTime, onTheSpot, ratings, satisfied, complaints, substantiated]. */
const counts = (
  r: Pick<
    StatisticsRow,
    'received' | 'accepted' | 'concluded' | 'concludedOnTime' | 'onTheSpot' | 'ratings' | 'satisfied' | 'complaints' | 'substantiated'
  >,
) => [r.received, r.accepted, r.concluded, r.concludedOnTime, r.onTheSpot, r.ratings, r.satisfied, r.complaints, r.substantiated];
const rowsOf = (rows: StatisticsRow[]) => Object.fromEntries(rows.map((r) => [r.key, counts(r)]));

describe('monthly statistics of October 2025, counted by hand', () => {
  it('by window: cases crossing months, suspended time, withdrawals, refusals, unfounded ratings, complaints under review', () => {
    expect(rowsOf(stats.views.window)).toEqual({
      //  rec acc con onTime spot rat sat cmp sub
      w1: [6, 6, 4, 3, 1, 3, 2, 3, 3],
      w2: [1, 1, 1, 1, 0, 1, 1, 1, 0],
      w3: [0, 0, 0, 0, 0, 0, 0, 0, 0], // open in the month: listed as the ranking lists it
    });
    const w1 = stats.views.window.find((r) => r.key === 'w1');
    expect(w1).toMatchObject({ name: '市场准入窗口', onTimeRate: 0.75, satisfactionRate: 0.6667 });
    expect(stats.views.window.find((r) => r.key === 'w3')).toMatchObject({ onTimeRate: null, satisfactionRate: null });
  });

  it('by department: the item’s department (a complaint without an item: its window’s)', () => {
    expect(rowsOf(stats.views.department)).toEqual({
      housing: [1, 1, 1, 1, 0, 1, 1, 2, 0],
      market: [6, 6, 4, 3, 1, 3, 2, 3, 3],
    });
    expect(stats.views.department.map((r) => r.name)).toEqual(['住建局', '市场监管局']);
  });

  it('by item', () => {
    expect(rowsOf(stats.views.item)).toEqual({
      licence: [3, 3, 2, 2, 0, 2, 2, 0, 0],
      permit: [1, 1, 1, 1, 0, 1, 1, 1, 0],
      record: [3, 3, 2, 1, 1, 1, 0, 0, 0],
    });
  });

  it('by staff member: who took it in, who accepted it, who concluded it (and was rated, and complained about)', () => {
    expect(rowsOf(stats.views.staff)).toEqual({
      's-a': [6, 5, 1, 1, 1, 0, 0, 1, 1],
      's-b': [0, 1, 2, 1, 0, 2, 1, 0, 1],
      's-chief': [0, 0, 1, 1, 0, 1, 1, 0, 0],
      's-w2': [1, 1, 1, 1, 0, 1, 1, 0, 0],
    });
    expect(stats.views.staff.find((r) => r.key === 's-a')?.name).toBe('张三');
    expect(stats.views.staff.find((r) => r.key === 's-b')?.name).toBe('s-b'); // not in the set-up: its id
  });

  it('the hall as a whole counts every record once', () => {
    expect(counts(stats.total)).toEqual([7, 7, 5, 4, 1, 4, 3, 5, 3]);
    expect(stats.total).toMatchObject({ onTimeRate: 0.8, satisfactionRate: 0.75 });
  });

  it('analyses the complaints by category, by window and both', () => {
    expect(stats.complaints.byCategory).toEqual([
      { category: '办事效率', complaints: 2, substantiated: 1 },
      { category: '服务态度', complaints: 2, substantiated: 2 },
      { category: '环境卫生', complaints: 1, substantiated: 0 },
    ]);
    expect(stats.complaints.byWindow).toEqual([
      { windowId: '', name: '未指明窗口', complaints: 1, substantiated: 0 },
      { windowId: 'w1', name: '市场准入窗口', complaints: 3, substantiated: 3 },
      { windowId: 'w2', name: '工程建设窗口', complaints: 1, substantiated: 0 },
    ]);
    expect(stats.complaints.byCategoryAndWindow).toContainEqual({ category: '服务态度', windowId: 'w1', complaints: 1, substantiated: 2 });
  });
});

describe('a complaint’s finding counts in the month it was made', () => {
  const base = { source: 'complaint' as const, category: 'x', receivedAt: '2025-10-01T09:00:00+08:00' };
  it.each<[string, Partial<Complaint>, boolean]>([
    ['resolved substantiated in the month', { status: 'resolved', substantiated: true, resolvedAt: '2025-10-31T23:00:00+08:00' }, true],
    [
      'resolved substantiated after it (Asia/Shanghai)',
      { status: 'resolved', substantiated: true, resolvedAt: '2025-10-31T16:30:00Z' },
      false,
    ],
    ['resolved not substantiated', { status: 'resolved', substantiated: false, resolvedAt: '2025-10-20T09:00:00+08:00' }, false],
    [
      'under review, proposed in the month',
      { status: 'under-review', proposedFinding: { resolution: 'r', by: 's', at: '2025-10-20T09:00:00+08:00' } },
      true,
    ],
    [
      'under review, proposed before it',
      { status: 'under-review', proposedFinding: { resolution: 'r', by: 's', at: '2025-09-30T09:00:00+08:00' } },
      false,
    ],
    ['still assigned', { status: 'assigned' }, false],
  ])('%s → %s', (_, over, expected) => {
    expect(substantiatedIn({ ...base, status: 'assigned', ...over }, '2025-10')).toBe(expected);
  });
});

describe('statistics kept with the month', () => {
  it.each<[string, Parameters<typeof replacesKept>[0], Parameters<typeof replacesKept>[1], boolean]>([
    ['nothing kept', undefined, { status: 'provisional', revision: 1 }, true],
    ['provisional kept, provisional again', { status: 'provisional', revision: 1 }, { status: 'provisional', revision: 1 }, true],
    ['provisional kept, now final', { status: 'provisional', revision: 1 }, { status: 'final', revision: 1 }, true],
    ['final kept, final unchanged (frozen)', { status: 'final', revision: 1 }, { status: 'final', revision: 1 }, false],
    ['final kept, a revision published', { status: 'final', revision: 1 }, { status: 'final', revision: 2 }, true],
    ['final kept, a provisional run', { status: 'final', revision: 2 }, { status: 'provisional', revision: 1 }, false],
  ])('%s → %s', (_, kept, assessment, expected) => {
    expect(replacesKept(kept, assessment)).toBe(expected);
  });
});

describe('the statistics agree with the assessment', () => {
  const month = '2025-10';
  const day = fc.integer({ min: 1, max: 31 }).map((d) => `2025-10-${String(d).padStart(2, '0')}`);
  const instant = fc
    .tuple(fc.oneof(day, fc.constant('2025-09-30'), fc.constant('2025-11-03')), fc.integer({ min: 0, max: 23 }))
    .map(([d, h]) => `${d}T${String(h).padStart(2, '0')}:00:00+08:00`);
  const kase = fc.record({
    windowId: fc.constantFrom('w1', 'w2'),
    acceptedAt: instant,
    concludedAt: instant,
    dueDate: day,
    status: fc.constantFrom<Case['status']>('approved', 'rejected', 'withdrawn', 'accepted'),
  });
  const rated = fc.record({
    windowId: fc.constantFrom('w1', 'w2'),
    level: fc.integer({ min: 1, max: 5 }),
    ratedAt: instant,
    unfounded: fc.boolean(),
  });

  it('per window: concluded, overdue conclusions (concluded − on time) and the satisfaction rate are the assessment’s', () => {
    fc.assert(
      fc.property(fc.array(kase, { maxLength: 30 }), fc.array(rated, { maxLength: 30 }), (cases, ratings) => {
        const full = cases.map((c) => ({
          ...c,
          itemId: 'licence',
          receivedAt: c.acceptedAt,
          concludedAt: c.status === 'accepted' ? undefined : c.concludedAt,
          history: [],
        }));
        const facts: MonthFacts = {
          cases: full.map((c, i) => ({
            caseId: `c${i}`,
            windowId: c.windowId,
            acceptedAt: c.acceptedAt,
            ...(c.concludedAt ? { concludedAt: c.concludedAt } : {}),
            dueDate: c.dueDate,
            secondNoticesAt: [],
            ...(c.status === 'withdrawn' ? { closedWithoutDecision: true } : {}),
          })),
          ratings: ratings.map((r, i) => ({ ...r, caseId: `r${i}`, level: r.level as 1 | 2 | 3 | 4 | 5 })),
          complaints: [],
        };
        const metrics = computeWindowMetrics(month, ['w1', 'w2'], facts);
        const rows = monthStatistics(month, { cases: full, ratings, complaints: [] }, { ...SET_UP, listedWindowIds: ['w1', 'w2'] }).views
          .window;
        for (const row of rows) {
          const m = metrics.get(row.key)!;
          expect([row.accepted, row.concluded, row.concluded - row.concludedOnTime, row.satisfactionRate]).toEqual([
            m.accepted,
            m.concluded,
            m.overdueConclusions,
            m.satisfactionRate,
          ]);
        }
      }),
    );
  });
});

describe('frontDeskRows: the month at the front desk, per window', () => {
  const windows = [
    { windowId: 'w1', name: '综合受理一号窗' },
    { windowId: 'w2', name: '综合受理二号窗' },
  ];
  const day = (w1: [number, number, number, number], w3?: [number, number, number, number]) => ({
    windows: [
      { windowId: 'w1', tickets: w1[0], served: w1[1], noShows: w1[2], transferred: w1[3] },
      ...(w3 ? [{ windowId: 'w3', tickets: w3[0], served: w3[1], noShows: w3[2], transferred: w3[3] }] : []),
    ],
  });

  it('sums the kept days, the no-shows and the consultations; the hall windows first, with zeros', () => {
    const rows = frontDeskRows(
      {
        queueDays: [day([10, 8, 1, 1]), day([5, 5, 0, 0], [3, 2, 1, 0])],
        appointmentNoShows: { w1: 2, w3: 1 },
        inquiries: [
          { windowId: 'w2', recorded: 4, referralsReceived: 0 },
          { windowId: 'w1', recorded: 1, referralsReceived: 3 },
        ],
      },
      windows,
    );
    expect(rows).toEqual([
      {
        windowId: 'w1',
        name: '综合受理一号窗',
        tickets: 15,
        served: 13,
        ticketNoShows: 1,
        transferred: 1,
        appointmentNoShows: 2,
        inquiries: 1,
        referralsReceived: 3,
      },
      {
        windowId: 'w2',
        name: '综合受理二号窗',
        tickets: 0,
        served: 0,
        ticketNoShows: 0,
        transferred: 0,
        appointmentNoShows: 0,
        inquiries: 4,
        referralsReceived: 0,
      },
      // A window closed since (no longer listed) still shows what it did, under its id.
      {
        windowId: 'w3',
        name: 'w3',
        tickets: 3,
        served: 2,
        ticketNoShows: 1,
        transferred: 0,
        appointmentNoShows: 1,
        inquiries: 0,
        referralsReceived: 0,
      },
    ]);
  });

  it('a month with nothing: one row of zeros per window', () => {
    expect(
      frontDeskRows({ queueDays: [], appointmentNoShows: {}, inquiries: [] }, windows).map((r) => [r.windowId, r.tickets, r.inquiries]),
    ).toEqual([
      ['w1', 0, 0],
      ['w2', 0, 0],
    ]);
  });
});
