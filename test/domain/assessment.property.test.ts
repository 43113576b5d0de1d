import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ENTRY_CATEGORIES,
  assessMonth,
  compareForRanking,
  computeWindowMetrics,
  emptyMetrics,
  publish,
  rankWindows,
  scoreWindow,
  yearSummary,
  type AssessmentEntry,
  type CaseFacts,
  type ComplaintFacts,
  type RatingFacts,
  type WindowScore,
} from '../../shared/domain/assessment';
import { isUnfoundedRectification, rectificationFor, resolve, review } from '../../shared/domain/complaints';
import { DEFAULT_HALL_RULES } from '../../shared/domain/hall-rules';
import { addDays, startOfBusinessDay, toOffsetIso } from '../../shared/domain/time';

// Small value domains so that ties on every key are frequent.
const score = (windowId: string) =>
  fc
    .record({
      total: fc.integer({ min: 180, max: 200 }).map((h) => h / 2),
      deductions: fc.integer({ min: 0, max: 4 }).map((h) => h / 2),
      satisfactionRate: fc.option(fc.constantFrom(0.5, 0.75, 1), { nil: null }),
    })
    .map((k): WindowScore => ({
      windowId,
      base: 100,
      bonus: k.total - 100 + k.deductions,
      ...k,
      metrics: emptyMetrics(),
      breakdown: [],
      entries: [],
    }));
const scores = fc.uniqueArray(fc.stringMatching(/^w[0-9a-f]{1,3}$/), { maxLength: 25 }).chain((ids) => fc.tuple(...ids.map(score)));
const counts = fc.record({ topCount: fc.integer({ min: 0, max: 6 }), bottomCount: fc.integer({ min: 0, max: 6 }) });

describe('rankWindows properties', () => {
  it('is a total preorder consistent with the sort keys', () => {
    fc.assert(
      fc.property(scores, counts, (input, rules) => {
        const ranked = rankWindows(input, rules);
        expect(ranked).toHaveLength(input.length);
        for (let i = 1; i < ranked.length; i++) {
          const a = ranked[i - 1]!;
          const b = ranked[i]!;
          const cmp = compareForRanking(a, b);
          expect(cmp).toBeLessThanOrEqual(0);
          if (cmp === 0) {
            expect(b.rank).toBe(a.rank);
            expect(a.windowId < b.windowId).toBe(true);
          } else {
            expect(b.rank).toBe(i + 1);
          }
        }
        for (const a of ranked) {
          for (const b of ranked) {
            const cmp = Math.sign(compareForRanking(a, b));
            expect(cmp).toBe(-Math.sign(compareForRanking(b, a)) || 0);
            expect(Math.sign(a.rank - b.rank)).toBe(cmp);
          }
        }
      }),
    );
  });

  it('rank k means exactly k − 1 windows are strictly better; designations never both', () => {
    fc.assert(
      fc.property(scores, counts, (input, rules) => {
        const ranked = rankWindows(input, rules);
        for (const w of ranked) {
          const better = ranked.filter((o) => compareForRanking(o, w) < 0).length;
          const worse = ranked.filter((o) => compareForRanking(o, w) > 0).length;
          expect(w.rank).toBe(better + 1);
          const top = w.rank <= rules.topCount;
          expect(w.designations).toEqual(top ? ['top-five'] : 1 + worse <= rules.bottomCount ? ['bottom-five'] : []);
        }
      }),
    );
  });

  it('does not depend on input order', () => {
    fc.assert(
      fc.property(
        scores.chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(s, { minLength: s.length, maxLength: s.length }))),
        ([input, shuffled]) => {
          expect(rankWindows(shuffled, DEFAULT_HALL_RULES)).toEqual(rankWindows(input, DEFAULT_HALL_RULES));
          const months = [{ month: '2025-05', status: 'final' as const, windows: rankWindows(input, DEFAULT_HALL_RULES) }];
          expect(yearSummary(2025, months)).toEqual(
            yearSummary(2025, [{ month: '2025-05', status: 'final', windows: rankWindows(shuffled, DEFAULT_HALL_RULES) }]),
          );
        },
      ),
    );
  });
});

// Facts around October 2025, with instants on both sides of the local month boundaries.
const WINDOWS = ['w1', 'w2', 'w3', 'w4'];
const windowId = fc.constantFrom(...WINDOWS, 'w-unlisted');
const day = fc.integer({ min: -5, max: 36 }).map((i) => addDays('2025-09-30', i));
const instant = fc
  .tuple(day, fc.integer({ min: 0, max: 24 * 60 - 1 }))
  .map(([d, minute]) => toOffsetIso(new Date(startOfBusinessDay(d).getTime() + minute * 60_000)));
const caseFacts: fc.Arbitrary<CaseFacts> = fc.record(
  {
    caseId: fc.uuid(),
    windowId,
    acceptedAt: instant,
    concludedAt: instant,
    dueDate: day,
    secondNoticesAt: fc.array(instant, { maxLength: 2 }),
  },
  { requiredKeys: ['caseId', 'windowId', 'secondNoticesAt'] },
);
const ratingFacts: fc.Arbitrary<RatingFacts> = fc.record({
  caseId: fc.uuid(),
  windowId,
  level: fc.constantFrom(1, 2, 3, 4, 5),
  ratedAt: instant,
  unfounded: fc.boolean(),
});
const complaintFacts: fc.Arbitrary<ComplaintFacts> = fc.record(
  {
    complaintId: fc.uuid(),
    windowId,
    source: fc.constantFrom('complaint', 'bad-rating'),
    substantiated: fc.boolean(),
    resolvedAt: instant,
  },
  { requiredKeys: ['complaintId', 'source'] },
);
const entryArb: fc.Arbitrary<AssessmentEntry> = fc.record(
  {
    entryId: fc.uuid(),
    windowId,
    category: fc.constantFrom(...ENTRY_CATEGORIES),
    points: fc
      .integer({ min: -20, max: 20 })
      .filter((h) => h !== 0)
      .map((h) => h / 2),
    reason: fc.constant('r'),
    enteredBy: fc.constant('dept'),
    enteredAt: instant,
    voided: fc.record({ at: instant, by: fc.constant('dept'), reason: fc.constant('录入错误') }),
  },
  { requiredKeys: ['entryId', 'windowId', 'category', 'points', 'reason', 'enteredBy', 'enteredAt'] },
);
const shuffled = <T>(xs: T[]) => fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length });

describe('metrics and scoring properties', () => {
  it('recomputation is deterministic and independent of input order', () => {
    const facts = fc.record({
      cases: fc.array(caseFacts, { maxLength: 15 }),
      ratings: fc.array(ratingFacts, { maxLength: 15 }),
      complaints: fc.array(complaintFacts, { maxLength: 10 }),
      entries: fc.array(entryArb, { maxLength: 15 }),
    });
    const withReordering = facts.chain((f) =>
      fc.tuple(
        fc.constant(f),
        fc.record({
          cases: shuffled(f.cases),
          ratings: shuffled(f.ratings),
          complaints: shuffled(f.complaints),
          entries: shuffled(f.entries),
          windows: shuffled(WINDOWS),
        }),
      ),
    );
    const run = (
      f: { cases: CaseFacts[]; ratings: RatingFacts[]; complaints: ComplaintFacts[]; entries: AssessmentEntry[] },
      windows: string[],
    ) => {
      const metrics = computeWindowMetrics('2025-10', windows, f);
      return rankWindows(
        [...metrics].map(([id, m]) => scoreWindow(DEFAULT_HALL_RULES, id, m, f.entries)),
        DEFAULT_HALL_RULES,
      );
    };
    fc.assert(
      fc.property(withReordering, ([f, reordered]) => {
        const first = run(f, WINDOWS);
        expect(run(reordered, reordered.windows)).toEqual(first);
        expect(run(f, WINDOWS)).toEqual(first);
      }),
      { numRuns: 60 },
    );
  });

  it('total = base + bonus − deductions exactly, in half points, with the counts behind the breakdown', () => {
    fc.assert(
      fc.property(
        fc.array(caseFacts, { maxLength: 15 }),
        fc.array(ratingFacts, { maxLength: 15 }),
        fc.array(entryArb, { maxLength: 20 }),
        (cases, ratings, entries) => {
          const metrics = computeWindowMetrics('2025-10', WINDOWS, { cases, ratings, complaints: [] });
          for (const [id, m] of metrics) {
            const s = scoreWindow(DEFAULT_HALL_RULES, id, m, entries);
            const own = entries.filter((e) => e.windowId === id && !e.voided); // voided entries never count
            const halves = (x: number) => Math.round(x * 2);
            expect(Number.isInteger(s.total * 2)).toBe(true);
            expect(halves(s.total)).toBe(halves(s.base) + halves(s.bonus) - halves(s.deductions));
            expect(halves(s.bonus)).toBe(own.filter((e) => e.points > 0).reduce((t, e) => t + halves(e.points), 0));
            const automatic =
              2 * m.overdueConclusions +
              2 * m.openOverdue +
              m.badRatingsLevel2 +
              2 * m.badRatingsLevel1 +
              3 * m.substantiatedComplaints +
              m.secondNotices;
            const negative = own.filter((e) => e.points < 0).reduce((t, e) => t - halves(e.points), 0);
            expect(halves(s.deductions)).toBe(2 * automatic + negative);
            expect(s.breakdown.reduce((t, b) => t - b.points, 0)).toBe(automatic);
            // The ratings that count: unfounded bad ratings are neither bad ratings nor in the rate.
            const counted = m.badRatingsLevel1 + m.badRatingsLevel2 + m.ratings[3] + m.ratings[4] + m.ratings[5];
            expect(m.satisfactionRate === null).toBe(counted === 0);
            expect(m.badRatingsLevel1).toBeLessThanOrEqual(m.ratings[1]);
            expect(m.overdueConclusions).toBeLessThanOrEqual(m.concluded);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('publication properties', () => {
  const computedMonth = (
    f: { cases: CaseFacts[]; ratings: RatingFacts[]; entries: AssessmentEntry[] },
    status: 'provisional' | 'final',
  ) => ({
    hallId: 'h1',
    month: '2025-10',
    status,
    entryDeadline: '2025-11-03',
    windows: assessMonth(DEFAULT_HALL_RULES, '2025-10', WINDOWS, { ...f, complaints: [] }, f.entries),
  });
  const later = fc.record({
    cases: fc.array(caseFacts, { maxLength: 10 }),
    ratings: fc.array(ratingFacts, { maxLength: 10 }),
    entries: fc.array(entryArb, { maxLength: 10 }),
  });

  it('recomputing a final month from any later state returns the stored revision', () => {
    fc.assert(
      fc.property(later, later, fc.boolean(), (atDeadline, afterwards, finalAgain) => {
        const stored = publish(undefined, computedMonth(atDeadline, 'final'), { at: 'then', by: 'job' }).result;
        const recomputed = publish(stored, computedMonth(afterwards, finalAgain ? 'final' : 'provisional'), { at: 'now', by: 'job' });
        expect(recomputed).toEqual({ changed: false, result: stored });
      }),
      { numRuns: 60 },
    );
  });

  it('recomputing unchanged records publishes nothing; a revision keeps every earlier one as it was', () => {
    fc.assert(
      fc.property(later, later, (first, second) => {
        const provisional = publish(undefined, computedMonth(first, 'provisional'), { at: 't1', by: 'job' });
        expect(publish(provisional.result, computedMonth(first, 'provisional'), { at: 't2', by: 'job' }).changed).toBe(false);
        const final = publish(provisional.result, computedMonth(first, 'final'), { at: 't3', by: 'job' }).result;
        const revised = publish(final, computedMonth(second, 'final'), { at: 't4', by: 'admin', revise: { reason: '更正' } }).result;
        expect(revised.revision).toBe(final.revision + 1);
        expect(revised.revisions.slice(0, -1)).toEqual(final.revisions);
      }),
      { numRuns: 60 },
    );
  });

  it("a window's total does not depend on the order in which ratings, reviews and entries arrived", () => {
    // Bad ratings whose rectifications the window proposes as unfounded; the reviews arrive in any order.
    const scenario = fc
      .array(fc.record({ rating: ratingFacts, unfounded: fc.boolean() }), { maxLength: 12 })
      .chain((reviews) => fc.tuple(fc.constant(reviews), shuffled(reviews), fc.array(entryArb, { maxLength: 10 })));
    const totals = (reviews: { rating: RatingFacts; unfounded: boolean }[], entries: AssessmentEntry[]) => {
      const ratings = reviews.map(({ rating, unfounded }) => {
        const ticket = rectificationFor({ ...rating, hallId: 'h1', level: rating.level });
        const proposed = resolve(ticket, 'staff', { substantiated: false, resolution: '误评' }, new Date(rating.ratedAt), false);
        const decided = review(proposed, 'sup', { unfounded, note: '复核' }, new Date(rating.ratedAt));
        return { ...rating, unfounded: isUnfoundedRectification(decided) };
      });
      const ranked = assessMonth(DEFAULT_HALL_RULES, '2025-10', WINDOWS, { cases: [], ratings, complaints: [] }, entries);
      return Object.fromEntries(ranked.map((w) => [w.windowId, [w.total, w.deductions, w.satisfactionRate]]));
    };
    fc.assert(
      fc.property(scenario, ([inOrder, reordered, entries]) => {
        expect(totals(reordered, [...entries].reverse())).toEqual(totals(inOrder, entries));
      }),
      { numRuns: 60 },
    );
  });
});
