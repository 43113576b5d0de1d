import { describe, expect, it } from 'vitest';
import {
  ENTRY_CATEGORIES,
  assessMonth,
  computeWindowMetrics,
  emptyMetrics,
  entryDeadline,
  isEntryCategory,
  isEntryOpen,
  isValidEntryPoints,
  monthStatus,
  quarterOf,
  quarterSummary,
  rankWindows,
  reportDeadline,
  scoreWindow,
  yearSummary,
  type AssessmentEntry,
  type CaseFacts,
  type ComplaintFacts,
  type MonthResult,
  type RankedWindow,
  type RatingFacts,
  type WindowMetrics,
  type WindowScore,
} from '../../shared/domain/assessment';
import { DEFAULT_HALL_RULES, type AssessmentRules } from '../../shared/domain/hall-rules';
import { buildCalendar } from '../../shared/domain/calendar';
import { packageSchedules } from '../../shared/domain/national-schedules';

const cal = buildCalendar({ packageYears: packageSchedules(), loadedYears: [], overrides: [] });
const W = 'win-1';

const kase = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  caseId: 'c',
  windowId: W,
  secondNoticesAt: [],
  ...over,
});
const rating = (level: RatingFacts['level'], ratedAt: string, unfounded = false): RatingFacts => ({
  caseId: `c-${level}-${ratedAt}`,
  windowId: W,
  level,
  ratedAt,
  unfounded,
});
const complaint = (over: Partial<ComplaintFacts> = {}): ComplaintFacts => ({
  complaintId: 'k',
  windowId: W,
  source: 'complaint',
  substantiated: true,
  resolvedAt: '2025-10-10T10:00:00+08:00',
  ...over,
});
let entrySeq = 0;
const entry = (points: number, windowId = W, over: Partial<AssessmentEntry> = {}): AssessmentEntry => ({
  entryId: `e-${String(++entrySeq).padStart(4, '0')}`,
  windowId,
  category: 'other',
  points,
  reason: 'test',
  enteredBy: 'dept-1',
  enteredAt: '2025-10-20T10:00:00+08:00',
  ...over,
});

const metricsOf = (month: string, facts: { cases?: CaseFacts[]; ratings?: RatingFacts[]; complaints?: ComplaintFacts[] }) => {
  const m = computeWindowMetrics(month, [W], { cases: [], ratings: [], complaints: [], ...facts }).get(W);
  if (!m) throw new Error('no metrics');
  return m;
};

describe('vocabulary and defaults', () => {
  it('has the fixed entry categories and the default rules of DOMAIN.md', () => {
    expect(ENTRY_CATEGORIES).toHaveLength(15);
    expect(isEntryCategory('red-agency')).toBe(true);
    expect(isEntryCategory('red_agency')).toBe(false);
    expect(DEFAULT_HALL_RULES).toMatchObject({
      base: 100,
      deductions: {
        overdueConclusion: 2,
        openOverdue: 2,
        badRatingLevel2: 1,
        badRatingLevel1: 2,
        substantiatedComplaint: 3,
        secondNotice: 1,
      },
      caps: {},
      reportDeadlineDay: 1,
      entryDeadlineDay: 3,
      topCount: 5,
      bottomCount: 5,
      autoRateAfterDays: null,
    });
    expect(Object.isFrozen(DEFAULT_HALL_RULES.deductions)).toBe(true);
  });

  it.each([
    [0.5, true],
    [-3, true],
    [1.5, true],
    [0, false],
    [0.25, false],
    [Number.NaN, false],
  ])('entry points %s valid: %s', (points, valid) => {
    expect(isValidEntryPoints(points)).toBe(valid);
  });
});

describe('computeWindowMetrics: month boundaries in Asia/Shanghai', () => {
  it.each<[string, string, Partial<CaseFacts>, Partial<WindowMetrics>]>([
    ['concluded 23:59 +08:00 on the last day → October', '2025-10', { concludedAt: '2025-10-31T23:59:00+08:00' }, { concluded: 1 }],
    ['the same conclusion is not November', '2025-11', { concludedAt: '2025-10-31T23:59:00+08:00' }, { concluded: 0 }],
    ['16:30Z on 10-31 is 11-01 local → not October', '2025-10', { concludedAt: '2025-10-31T16:30:00Z' }, { concluded: 0 }],
    ['16:30Z on 10-31 is 11-01 local → November', '2025-11', { concludedAt: '2025-10-31T16:30:00Z' }, { concluded: 1 }],
    ['accepted 16:00Z on 09-30 is 10-01 00:00 local', '2025-10', { acceptedAt: '2025-09-30T16:00:00Z' }, { accepted: 1 }],
    ['accepted 15:59Z on 09-30 is still September', '2025-10', { acceptedAt: '2025-09-30T15:59:59Z' }, { accepted: 0 }],
    [
      'concluded on the due date (end of day) is on time',
      '2025-10',
      { dueDate: '2025-10-15', concludedAt: '2025-10-15T23:59:59+08:00' },
      { concluded: 1, overdueConclusions: 0 },
    ],
    [
      'concluded 00:00 local the day after the due date is overdue',
      '2025-10',
      { dueDate: '2025-10-15', concludedAt: '2025-10-15T16:00:00Z' },
      { concluded: 1, overdueConclusions: 1 },
    ],
    [
      'overdue conclusion counts in the month of conclusion only',
      '2025-09',
      { dueDate: '2025-09-15', concludedAt: '2025-10-02T10:00:00+08:00' },
      { concluded: 0, overdueConclusions: 0, openOverdue: 1 },
    ],
    ['open, due before the last day → open-overdue', '2025-10', { dueDate: '2025-10-30' }, { openOverdue: 1 }],
    ['open, due on the last day → not yet overdue', '2025-10', { dueDate: '2025-10-31' }, { openOverdue: 0 }],
    ['open, due months ago → still open-overdue', '2025-10', { dueDate: '2025-08-20' }, { openOverdue: 1 }],
    [
      'concluded after the month → open at month end',
      '2025-10',
      { dueDate: '2025-10-30', concludedAt: '2025-11-02T09:00:00+08:00' },
      { openOverdue: 1, concluded: 0 },
    ],
    [
      'concluded 16:30Z on 10-31 (11-01 local) → open at month end',
      '2025-10',
      { dueDate: '2025-10-30', concludedAt: '2025-10-31T16:30:00Z' },
      { openOverdue: 1, concluded: 0 },
    ],
    [
      'concluded late within the month → overdue conclusion, not open-overdue',
      '2025-10',
      { dueDate: '2025-10-30', concludedAt: '2025-10-31T10:00:00+08:00' },
      { openOverdue: 0, overdueConclusions: 1 },
    ],
    [
      'concluded before the month → nothing',
      '2025-10',
      { dueDate: '2025-09-01', concludedAt: '2025-09-20T10:00:00+08:00' },
      { openOverdue: 0, overdueConclusions: 0, concluded: 0 },
    ],
    ['awaiting materials (no due date) → not overdue', '2025-10', {}, { openOverdue: 0 }],
    // Closed without a decision (not accepted, withdrawn, closed incomplete): not 办结, never overdue.
    [
      'withdrawn late within the month → neither concluded nor overdue',
      '2025-10',
      { dueDate: '2025-10-10', concludedAt: '2025-10-20T10:00:00+08:00', closedWithoutDecision: true },
      { concluded: 0, overdueConclusions: 0, openOverdue: 0 },
    ],
    [
      'withdrawn after the month → it was open and late at the month end',
      '2025-10',
      { dueDate: '2025-10-10', concludedAt: '2025-11-03T10:00:00+08:00', closedWithoutDecision: true },
      { openOverdue: 1 },
    ],
    // Suspended (Art. 45): the clock stood still at the month end.
    [
      'suspended over the month end, overdue before → not open-overdue',
      '2025-10',
      { dueDate: '2025-10-10', suspensions: [{ from: '2025-10-20T10:00:00+08:00' }] },
      { openOverdue: 0 },
    ],
    [
      'suspended on the last day → not open-overdue',
      '2025-10',
      { dueDate: '2025-10-10', suspensions: [{ from: '2025-10-31T16:00:00+08:00', to: '2025-11-03T09:00:00+08:00' }] },
      { openOverdue: 0 },
    ],
    [
      'resumed within the month → running again at the month end',
      '2025-10',
      { dueDate: '2025-10-10', suspensions: [{ from: '2025-10-13T10:00:00+08:00', to: '2025-10-31T09:00:00+08:00' }] },
      { openOverdue: 1 },
    ],
    [
      'suspended only after the month → running at its end',
      '2025-10',
      { dueDate: '2025-10-10', suspensions: [{ from: '2025-11-01T00:00:00+08:00' }] },
      { openOverdue: 1 },
    ],
    // Referred (上报): the window's clock stops at the referral.
    [
      'referred on time, decided months later → concluded on time',
      '2025-12',
      { dueDate: '2025-10-10', referredAt: '2025-10-09T10:00:00+08:00', concludedAt: '2025-12-01T10:00:00+08:00' },
      { concluded: 1, overdueConclusions: 0 },
    ],
    [
      'referred on time, still waiting at the month end → not open-overdue',
      '2025-11',
      { dueDate: '2025-10-10', referredAt: '2025-10-09T10:00:00+08:00' },
      { openOverdue: 0 },
    ],
    [
      'referred late → an overdue conclusion when decided',
      '2025-11',
      { dueDate: '2025-10-10', referredAt: '2025-10-15T10:00:00+08:00', concludedAt: '2025-11-05T10:00:00+08:00' },
      { concluded: 1, overdueConclusions: 1 },
    ],
    [
      'referred late, after the month end → open-overdue in that month',
      '2025-10',
      { dueDate: '2025-10-10', referredAt: '2025-11-03T10:00:00+08:00' },
      { openOverdue: 1 },
    ],
    [
      'second notices counted in their month',
      '2025-10',
      { secondNoticesAt: ['2025-09-30T23:00:00+08:00', '2025-10-01T09:00:00+08:00', '2025-10-31T16:00:00Z'] },
      { secondNotices: 1 },
    ],
  ])('%s', (_name, month, facts, expected) => {
    expect(metricsOf(month, { cases: [kase(facts)] })).toMatchObject(expected);
  });

  it('counts ratings by level; unfounded bad ratings count neither as deductions nor in the rate', () => {
    const m = metricsOf('2025-10', {
      ratings: [
        rating(5, '2025-10-01T00:00:00+08:00'),
        rating(4, '2025-10-02T10:00:00+08:00'),
        rating(3, '2025-10-03T10:00:00+08:00'),
        rating(2, '2025-10-04T10:00:00+08:00'),
        rating(1, '2025-10-05T10:00:00+08:00'),
        rating(1, '2025-10-06T10:00:00+08:00', true),
        rating(2, '2025-10-07T10:00:00+08:00', true),
        rating(1, '2025-09-30T15:59:59Z'), // September
        rating(1, '2025-10-31T16:00:00Z'), // November
      ],
    });
    expect(m.ratings).toEqual({ 1: 2, 2: 2, 3: 1, 4: 1, 5: 1 });
    expect(m.badRatingsLevel1).toBe(1);
    expect(m.badRatingsLevel2).toBe(1);
    expect(m.satisfactionRate).toBe(0.6); // 3 good of the 5 that count (the 2 unfounded are left out)
  });

  it.each<[string, RatingFacts['level'][], number | null]>([
    ['no ratings', [], null],
    ['all good', [5, 4, 3], 1],
    ['two thirds', [5, 5, 1], 0.6667],
    ['none good', [2, 1], 0],
  ])('satisfaction rate: %s', (_name, levels, rate) => {
    const ratings = levels.map((level, i) => rating(level, `2025-10-${String(10 + i)}T10:00:00+08:00`));
    expect(metricsOf('2025-10', { ratings }).satisfactionRate).toBe(rate);
  });

  it.each<[string, Partial<ComplaintFacts>, number]>([
    ['substantiated complaint resolved in the month', {}, 1],
    ['not substantiated', { substantiated: false }, 0],
    ['substantiation not recorded', { substantiated: undefined }, 0],
    ['bad-rating ticket (the rating counts instead)', { source: 'bad-rating' }, 0],
    ['resolved in the next month (local)', { resolvedAt: '2025-10-31T16:00:00Z' }, 0],
    ['resolved on the last day (local)', { resolvedAt: '2025-10-31T15:59:59Z' }, 1],
    ['unresolved', { resolvedAt: undefined }, 0],
    ['no window', { windowId: undefined }, 0],
    // Proposed "not substantiated" by the assessed window, waiting for review: counts until reviewed.
    ['under review since the month', { substantiated: undefined, resolvedAt: undefined, underReviewSince: '2025-10-20T10:00:00+08:00' }, 1],
    [
      'under review since the month before',
      { substantiated: undefined, resolvedAt: undefined, underReviewSince: '2025-09-30T10:00:00+08:00' },
      0,
    ],
  ])('complaints: %s', (_name, over, expected) => {
    expect(metricsOf('2025-10', { complaints: [complaint(over)] }).substantiatedComplaints).toBe(expected);
  });

  it('gives every listed window metrics, in windowId order, and ignores unlisted windows', () => {
    const result = computeWindowMetrics('2025-10', ['w-b', 'w-a', 'w-b'], {
      cases: [
        kase({ windowId: 'w-x', acceptedAt: '2025-10-10T10:00:00+08:00' }),
        kase({ windowId: 'w-a', acceptedAt: '2025-10-10T10:00:00+08:00' }),
      ],
      ratings: [{ ...rating(1, '2025-10-10T10:00:00+08:00'), windowId: 'w-x' }],
      complaints: [complaint({ windowId: 'w-x' })],
    });
    expect([...result.keys()]).toEqual(['w-a', 'w-b']);
    expect(result.get('w-b')).toEqual(emptyMetrics());
    expect(result.get('w-a')).toEqual({ ...emptyMetrics(), accepted: 1 });
  });

  it('rejects a bad month or timestamp', () => {
    expect(() => computeWindowMetrics('2025-13', [W], { cases: [], ratings: [], complaints: [] })).toThrow(RangeError);
    expect(() => metricsOf('2025-10', { cases: [kase({ concludedAt: 'yesterday' })] })).toThrow(RangeError);
  });
});

describe('scoreWindow', () => {
  const m = (over: Partial<WindowMetrics>): WindowMetrics => ({ ...emptyMetrics(), ...over });
  const rules = (over: Partial<AssessmentRules> = {}): AssessmentRules => ({ ...DEFAULT_HALL_RULES, ...over });

  it.each<[string, Partial<WindowMetrics>, Partial<AssessmentRules>, number[], { bonus: number; deductions: number; total: number }]>([
    ['nothing', {}, {}, [], { bonus: 0, deductions: 0, total: 100 }],
    ['overdue conclusions −2 each', { overdueConclusions: 3 }, {}, [], { bonus: 0, deductions: 6, total: 94 }],
    ['open-overdue −2 each', { openOverdue: 1 }, {}, [], { bonus: 0, deductions: 2, total: 98 }],
    ['level-2 bad ratings −1 each', { badRatingsLevel2: 2 }, {}, [], { bonus: 0, deductions: 2, total: 98 }],
    ['level-1 bad ratings −2 each', { badRatingsLevel1: 2 }, {}, [], { bonus: 0, deductions: 4, total: 96 }],
    ['substantiated complaints −3 each', { substantiatedComplaints: 2 }, {}, [], { bonus: 0, deductions: 6, total: 94 }],
    ['second notices −1 each', { secondNotices: 4 }, {}, [], { bonus: 0, deductions: 4, total: 96 }],
    [
      'all items together',
      { overdueConclusions: 1, openOverdue: 1, badRatingsLevel2: 1, badRatingsLevel1: 1, substantiatedComplaints: 1, secondNotices: 1 },
      {},
      [],
      { bonus: 0, deductions: 11, total: 89 },
    ],
    ['cap limits an item', { secondNotices: 4 }, { caps: { secondNotice: 3 } }, [], { bonus: 0, deductions: 3, total: 97 }],
    ['cap above the sum has no effect', { secondNotices: 2 }, { caps: { secondNotice: 3 } }, [], { bonus: 0, deductions: 2, total: 98 }],
    [
      'cap of one item leaves the others',
      { secondNotices: 5, openOverdue: 2 },
      { caps: { secondNotice: 2 } },
      [],
      { bonus: 0, deductions: 6, total: 94 },
    ],
    ['positive and negative entries', {}, {}, [2, -1.5, 0.5], { bonus: 2.5, deductions: 1.5, total: 101 }],
    ['entries add to automatic deductions', { openOverdue: 1 }, {}, [-0.5, 3], { bonus: 3, deductions: 2.5, total: 100.5 }],
    [
      'many half points stay exact',
      {},
      {},
      Array<number>(7).fill(0.5).concat([-0.5, -0.5, -0.5]),
      { bonus: 3.5, deductions: 1.5, total: 102 },
    ],
    [
      'decimal weights do not drift (0.3 × 3 = 0.9)',
      { secondNotices: 3 },
      { deductions: { ...DEFAULT_HALL_RULES.deductions, secondNotice: 0.3 } },
      [],
      { bonus: 0, deductions: 0.9, total: 99.1 },
    ],
    ['another base', {}, { base: 60 }, [1], { bonus: 1, deductions: 0, total: 61 }],
  ])('%s', (_name, metrics, ruleOver, points, expected) => {
    const entries = points.map((p) => entry(p));
    const score = scoreWindow(rules(ruleOver), W, m(metrics), entries);
    expect(score).toMatchObject(expected);
    expect(score.total).toBe(score.base + score.bonus - score.deductions);
    expect(score.entries).toHaveLength(entries.length);
  });

  it('breaks automatic deductions down per item (capped flagged, no negative zero)', () => {
    const score = scoreWindow(rules({ caps: { secondNotice: 3 } }), W, m({ secondNotices: 4, badRatingsLevel1: 1 }), []);
    expect(score.breakdown).toEqual([
      { item: 'overdueConclusion', count: 0, points: 0, capped: false },
      { item: 'openOverdue', count: 0, points: 0, capped: false },
      { item: 'badRatingLevel2', count: 0, points: 0, capped: false },
      { item: 'badRatingLevel1', count: 1, points: -2, capped: false },
      { item: 'substantiatedComplaint', count: 0, points: 0, capped: false },
      { item: 'secondNotice', count: 4, points: -3, capped: true },
    ]);
    expect(Object.is(score.breakdown[0]?.points, 0)).toBe(true);
  });

  it("counts only the window's own entries, ordered by time then id", () => {
    const late = entry(1, W, { entryId: 'e-b', enteredAt: '2025-11-03T09:00:00+08:00', lateOverride: true });
    const early = entry(2, W, { entryId: 'e-a', enteredAt: '2025-11-03T00:30:00Z' }); // 08:30 local
    const other = entry(5, 'win-2');
    const score = scoreWindow(DEFAULT_HALL_RULES, W, emptyMetrics(), [late, other, early]);
    expect(score.entries.map((e) => e.entryId)).toEqual(['e-a', 'e-b']);
    expect(score.bonus).toBe(3);
  });

  it.each([0, 0.25, 1.3])('rejects entry points %s', (points) => {
    expect(() => scoreWindow(DEFAULT_HALL_RULES, W, emptyMetrics(), [entry(points)])).toThrow(RangeError);
  });
});

/** A score with the ranking keys only; bonus balances base − deductions to the total. */
const scored = (windowId: string, total: number, deductions = 0, satisfactionRate: number | null = null): WindowScore => ({
  windowId,
  base: 100,
  bonus: total - 100 + deductions,
  deductions,
  total,
  satisfactionRate,
  metrics: emptyMetrics(),
  breakdown: [],
  entries: [],
});
const view = (ranked: RankedWindow[]) => ranked.map((w) => [w.windowId, w.rank, w.designations.join('+')]);

describe('rankWindows', () => {
  it('sorts by total, then fewer deductions, then higher satisfaction (null lowest)', () => {
    const ranked = rankWindows(
      [
        scored('a', 98, 2, 0.8),
        scored('b', 98, 4, 0.99), // more deductions
        scored('c', 98, 2, 0.9), // best satisfaction
        scored('d', 98, 2, null), // no ratings: lowest
        scored('e', 99, 10, 0),
      ],
      DEFAULT_HALL_RULES,
    );
    expect(ranked.map((w) => [w.windowId, w.rank])).toEqual([
      ['e', 1],
      ['c', 2],
      ['a', 3],
      ['d', 4],
      ['b', 5],
    ]);
  });

  it('lets windows still equal share a rank (1,2,2,4), listed by windowId', () => {
    const ranked = rankWindows([scored('z', 95, 5, 0.9), scored('y', 100), scored('b', 95, 5, 0.9), scored('m', 90)], DEFAULT_HALL_RULES);
    expect(ranked.map((w) => [w.windowId, w.rank])).toEqual([
      ['y', 1],
      ['b', 2],
      ['z', 2],
      ['m', 4],
    ]);
  });

  it('rejects a window scored twice', () => {
    expect(() => rankWindows([scored('a', 1), scored('a', 2)], DEFAULT_HALL_RULES)).toThrow(RangeError);
  });

  const distinct = (n: number) => Array.from({ length: n }, (_, i) => scored(`w${String(i + 1).padStart(2, '0')}`, 100 - i));

  it.each<[number, string[], string[]]>([
    [12, ['w01', 'w02', 'w03', 'w04', 'w05'], ['w08', 'w09', 'w10', 'w11', 'w12']],
    [10, ['w01', 'w02', 'w03', 'w04', 'w05'], ['w06', 'w07', 'w08', 'w09', 'w10']],
    [7, ['w01', 'w02', 'w03', 'w04', 'w05'], ['w06', 'w07']],
    [3, ['w01', 'w02', 'w03'], []],
    [1, ['w01'], []],
    [0, [], []],
  ])('top and bottom five with %i windows (never both)', (n, top, bottom) => {
    const ranked = rankWindows(distinct(n), DEFAULT_HALL_RULES);
    expect(ranked.filter((w) => w.designations.includes('top-five')).map((w) => w.windowId)).toEqual(top);
    expect(ranked.filter((w) => w.designations.includes('bottom-five')).map((w) => w.windowId)).toEqual(bottom);
    for (const w of ranked) expect(w.designations.length).toBeLessThanOrEqual(1);
  });

  it('extends both lists over ties', () => {
    // ranks 1,2,3,4,5,5,7,8,8,8,11,12
    const totals = [100, 99, 98, 97, 96, 96, 95, 94, 94, 94, 93, 92];
    const ranked = rankWindows(
      totals.map((t, i) => scored(`w${String(i + 1).padStart(2, '0')}`, t)),
      DEFAULT_HALL_RULES,
    );
    expect(view(ranked)).toEqual([
      ['w01', 1, 'top-five'],
      ['w02', 2, 'top-five'],
      ['w03', 3, 'top-five'],
      ['w04', 4, 'top-five'],
      ['w05', 5, 'top-five'],
      ['w06', 5, 'top-five'],
      ['w07', 7, ''],
      ['w08', 8, 'bottom-five'], // 1 + 2 windows strictly below = 3 ≤ 5
      ['w09', 8, 'bottom-five'],
      ['w10', 8, 'bottom-five'],
      ['w11', 11, 'bottom-five'],
      ['w12', 12, 'bottom-five'],
    ]);
  });

  it('a tie straddling the bottom boundary: in only if 1 + strictly below ≤ 5', () => {
    // ranks 1..6, then 7,7 and 9,10,11,12: rank 7 has 4 below → 5 ≤ 5 → in
    const totals = [100, 99, 98, 97, 96, 95, 94, 94, 93, 92, 91, 90];
    const ranked = rankWindows(
      totals.map((t, i) => scored(`w${String(i + 1).padStart(2, '0')}`, t)),
      DEFAULT_HALL_RULES,
    );
    expect(ranked.filter((w) => w.designations.includes('bottom-five')).map((w) => w.windowId)).toEqual([
      'w07',
      'w08',
      'w09',
      'w10',
      'w11',
      'w12',
    ]);
    // ranks …5,6,6 with 3 windows below the tie: 1 + 3 ≤ 5 → both in, w06 (rank 6, 5 below) not: 6 > 5
    const totals2 = [100, 99, 98, 97, 96, 95, 94, 94, 93, 92, 91];
    const ranked2 = rankWindows(
      totals2.map((t, i) => scored(`w${String(i + 1).padStart(2, '0')}`, t)),
      DEFAULT_HALL_RULES,
    );
    expect(ranked2.filter((w) => w.designations.includes('bottom-five')).map((w) => w.windowId)).toEqual([
      'w07',
      'w08',
      'w09',
      'w10',
      'w11',
    ]);
  });

  it('all equal: everyone first and top five, nobody bottom five', () => {
    const ranked = rankWindows(
      Array.from({ length: 8 }, (_, i) => scored(`w${i}`, 100)),
      DEFAULT_HALL_RULES,
    );
    expect(ranked.every((w) => w.rank === 1 && w.designations.join() === 'top-five')).toBe(true);
  });

  it('assessMonth goes from facts and entries to the ranking', () => {
    const ranked = assessMonth(
      DEFAULT_HALL_RULES,
      '2025-10',
      ['w-a', 'w-b', 'w-c'],
      {
        cases: [kase({ windowId: 'w-a', dueDate: '2025-10-10' })],
        ratings: [{ ...rating(5, '2025-10-05T10:00:00+08:00'), windowId: 'w-b' }],
        complaints: [],
      },
      [entry(1.5, 'w-c'), entry(-1.5, 'w-c')],
    );
    expect(ranked.map((w) => [w.windowId, w.rank, w.total, w.deductions])).toEqual([
      ['w-b', 1, 100, 0], // satisfaction 1 beats null
      ['w-c', 2, 100, 1.5],
      ['w-a', 3, 98, 2],
    ]);
  });
});

describe('deadlines (遇节假日顺延) and month status', () => {
  it.each<[string, 'entry' | 'report', string, boolean]>([
    ['2025-09', 'entry', '2025-10-09', false], // National Day + Mid-Autumn 10-01..08
    ['2025-12', 'entry', '2026-01-04', false], // 01-01..03 New Year, 01-04 make-up working Sunday
    ['2025-10', 'entry', '2025-11-03', false], // a Monday
    ['2025-01', 'entry', '2025-02-05', false], // Spring Festival until 02-04
    ['2025-09', 'report', '2025-10-09', false],
    ['2026-01', 'report', '2026-02-02', false], // 02-01 is a Sunday
    ['2025-12', 'report', '2026-01-04', false],
    ['2026-12', 'entry', '2027-01-04', true], // 2027 has no national schedule (yet)
  ])('%s %s deadline → %s', (month, kind, date, provisional) => {
    const deadline = kind === 'entry' ? entryDeadline(cal, month, DEFAULT_HALL_RULES) : reportDeadline(cal, month, DEFAULT_HALL_RULES);
    expect(deadline).toEqual({ date, provisional });
  });

  it('clamps a deadline day to the end of a short month', () => {
    expect(entryDeadline(cal, '2025-01', { entryDeadlineDay: 31 }).date).toBe('2025-02-28');
    expect(() => entryDeadline(cal, '2025-01', { entryDeadlineDay: 0 })).toThrow(RangeError);
  });

  it.each<[string, string, boolean, 'provisional' | 'final']>([
    ['2025-09', '2025-09-15', true, 'provisional'], // mid-month standing
    ['2025-09', '2025-10-03', true, 'provisional'], // the nominal 3rd is a holiday
    ['2025-09', '2025-10-09', true, 'provisional'], // deadline day lasts to its end
    ['2025-09', '2025-10-10', false, 'final'],
    ['2025-12', '2026-01-04', true, 'provisional'],
    ['2025-12', '2026-01-05', false, 'final'],
  ])('%s on %s: entries open %s, %s', (month, today, open, status) => {
    expect(isEntryOpen(cal, month, DEFAULT_HALL_RULES, today)).toBe(open);
    expect(monthStatus(cal, month, DEFAULT_HALL_RULES, today)).toBe(status);
  });
});

describe('year and quarter views', () => {
  const month = (m: string, ...ranked: [string, number, number?][]): MonthResult => ({
    month: m,
    status: 'final',
    windows: ranked.map(([windowId, rank, total]) => ({
      ...scored(windowId, total ?? 100 - rank),
      rank,
      designations: rank <= 5 ? ['top-five'] : rank >= 9 ? ['bottom-five'] : [],
    })),
  });

  it('counts first places, shared ones for each window, and flags annual red-flag priority at 3', () => {
    const summary = yearSummary(2025, [
      month('2025-01', ['a', 1], ['b', 1], ['c', 3]),
      month('2025-02', ['a', 1], ['b', 2], ['c', 9]),
      month('2025-03', ['b', 1], ['a', 2], ['c', 6]),
      month('2025-04', ['a', 1], ['b', 1], ['c', 1]),
      month('2024-12', ['c', 1], ['a', 2]), // another year
    ]);
    expect(summary).toEqual({
      year: 2025,
      windows: [
        { windowId: 'a', firstPlaces: 3, topFiveMonths: 4, annualRedFlagPriority: true },
        { windowId: 'b', firstPlaces: 3, topFiveMonths: 4, annualRedFlagPriority: true },
        { windowId: 'c', firstPlaces: 1, topFiveMonths: 2, annualRedFlagPriority: false },
      ],
    });
  });

  it('counts final months only: a provisional month (days into December) makes no first place', () => {
    const provisional = { ...month('2025-12', ['a', 1]), status: 'provisional' as const };
    const summary = yearSummary(2025, [month('2025-10', ['a', 1]), month('2025-11', ['a', 1]), provisional]);
    expect(summary.windows).toEqual([{ windowId: 'a', firstPlaces: 2, topFiveMonths: 2, annualRedFlagPriority: false }]);
    expect(quarterSummary('2025-Q4', [provisional]).windows).toEqual([]);
  });

  it('rejects a month given twice', () => {
    expect(() => yearSummary(2025, [month('2025-01', ['a', 1]), month('2025-01', ['a', 2])])).toThrow(RangeError);
  });

  it.each([
    ['2025-01', '2025-Q1'],
    ['2025-03', '2025-Q1'],
    ['2025-04', '2025-Q2'],
    ['2025-09', '2025-Q3'],
    ['2025-12', '2025-Q4'],
  ])('quarterOf(%s) = %s', (m, q) => {
    expect(quarterOf(m)).toBe(q);
  });

  it('summarises a quarter: average total, top-five months; top five in any final month → red-flag candidate', () => {
    const summary = quarterSummary('2025-Q3', [
      month('2025-07', ['a', 1, 101], ['b', 6, 95], ['c', 2, 99], ['d', 7, 94]),
      month('2025-08', ['a', 2, 100.5], ['b', 1, 102]),
      month('2025-09', ['a', 3, 99], ['b', 2, 100], ['c', 4, 98.5]),
      month('2025-10', ['b', 1, 120], ['d', 1, 120]), // Q4
    ]);
    expect(summary).toEqual({
      quarter: '2025-Q3',
      windows: [
        { windowId: 'a', months: 3, averageTotal: 100.17, topFiveMonths: 3, redFlagCandidate: true },
        { windowId: 'b', months: 3, averageTotal: 99, topFiveMonths: 2, redFlagCandidate: true },
        { windowId: 'c', months: 2, averageTotal: 98.75, topFiveMonths: 2, redFlagCandidate: true },
        { windowId: 'd', months: 1, averageTotal: 94, topFiveMonths: 0, redFlagCandidate: false },
      ],
    });
    expect(() => quarterSummary('2025-Q5', [])).toThrow(RangeError);
  });
});
