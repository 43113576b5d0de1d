/**
 * The records a hall-month's figures are made of, read through indexes (never a Scan), each
 * once: the cases received in the month, and those of earlier months it needs, from the status
 * and concluded-month lists sorted by month accepted and month received (table.ts); the month's
 * ratings with the rectifications of its bad ones; the complaints received or resolved in it and
 * those waiting for a review. The assessment (shared/domain/assessment.ts) and the statistics
 * (shared/domain/statistics.ts) are computed from them.
 */
import type { CaseFacts, ComplaintFacts, MonthFacts, RatingFacts } from '#domain/assessment';
import { isClosedWithoutDecision, OPEN_STATUSES, suspensionsOf, type Case } from '#domain/cases';
import { isUnfoundedRectification, rectificationIdFor, type Complaint, type Rating } from '#domain/complaints';
import type { StatisticsFacts } from '#domain/statistics';
import { businessDate, monthOf, nextMonth } from '#domain/time';
import { allCases, type MonthRange } from './case-records';
import { allComplaints, getComplaints, ratingsGivenIn } from './complaint-records';
import type { StoreDeps as Deps } from './deps';

export interface MonthRecords {
  cases: Case[];
  ratings: Rating[];
  /** The rated cases whose bad rating was found unfounded on review (申诉成立). */
  unfounded: ReadonlySet<string>;
  complaints: Complaint[];
}

/**
 * Which cases of earlier months to read: all that may count in the assessment (accepted by the
 * month's end and not concluded before it: an open-overdue case is one of them), or only those
 * the statistics count (accepted in it). Both read the cases received in the month and those
 * received before it and concluded in it.
 */
export type Reach = 'assessment' | 'statistics';

const byId = <T>(lists: T[][], id: (t: T) => string) => [...new Map(lists.flat().map((t) => [id(t), t])).values()];

export async function loadMonthRecords(d: Deps, hallId: string, month: string, now: Date, reach: Reach): Promise<MonthRecords> {
  const later: string[] = [];
  for (let m = nextMonth(month), current = monthOf(businessDate(now)); m <= current; m = nextMonth(m)) later.push(m);
  const earlier: MonthRange = reach === 'assessment' ? { acceptedBy: month } : { acceptedIn: month };
  const caseLists = [
    allCases(d, hallId, { by: 'received-month', month }),
    allCases(d, hallId, { by: 'concluded-month', month, range: { acceptedBy: month } }),
    ...later.map((m) => allCases(d, hallId, { by: 'concluded-month', month: m, range: earlier })),
    ...OPEN_STATUSES.map((status) => allCases(d, hallId, { by: 'status', status, range: earlier })),
  ];
  const complaintLists = [
    allComplaints(d, hallId, { by: 'received-month', month }),
    allComplaints(d, hallId, { by: 'resolved-in-received-before', month }),
    allComplaints(d, hallId, { by: 'status', status: 'under-review' }),
  ];
  const [cases, ratings, complaintGroups] = await Promise.all([
    Promise.all(caseLists),
    ratingsGivenIn(d, hallId, month),
    Promise.all(complaintLists),
  ]);
  const complaints = byId(complaintGroups, (c) => c.complaintId);
  // A rectification is received when its rating is given: those of the month's bad ratings are
  // among its complaints, but for any stored before complaints were listed by month received.
  const loaded = new Set(complaints.map((c) => c.complaintId));
  const missing = ratings.filter((r) => r.rectificationId && !loaded.has(rectificationIdFor(r.caseId)));
  const rectifications = [
    ...complaints.filter((c) => c.source === 'bad-rating'),
    ...(await getComplaints(
      d,
      missing.map((r) => rectificationIdFor(r.caseId)),
    )),
  ];
  return {
    // The lists do not overlap; a case that changed lists between two reads is kept once.
    cases: byId(cases, (c) => c.caseId),
    ratings,
    unfounded: new Set(rectifications.filter(isUnfoundedRectification).flatMap((c) => (c.caseId ? [c.caseId] : []))),
    complaints,
  };
}

const caseFacts = (c: Case): CaseFacts => {
  const suspensions = suspensionsOf(c);
  return {
    caseId: c.caseId,
    windowId: c.windowId,
    ...(c.acceptedAt ? { acceptedAt: c.acceptedAt } : {}),
    ...(c.concludedAt ? { concludedAt: c.concludedAt } : {}),
    ...(c.dueDate ? { dueDate: c.dueDate } : {}),
    secondNoticesAt: c.history.filter((h) => h.action === 'second-notice').map((h) => h.at),
    ...(isClosedWithoutDecision(c) ? { closedWithoutDecision: true } : {}),
    ...(c.referral ? { referredAt: c.referral.at } : {}),
    ...(suspensions.length ? { suspensions } : {}),
  };
};

/** What the assessment counts, from the month's records. */
export function assessmentFacts(r: MonthRecords): MonthFacts {
  return {
    cases: r.cases.map(caseFacts),
    ratings: r.ratings.map((rating): RatingFacts => ({
      caseId: rating.caseId,
      windowId: rating.windowId,
      level: rating.level,
      ratedAt: rating.ratedAt,
      unfounded: r.unfounded.has(rating.caseId),
    })),
    complaints: r.complaints.map((c): ComplaintFacts => ({
      complaintId: c.complaintId,
      source: c.source,
      ...(c.windowId ? { windowId: c.windowId } : {}),
      ...(c.substantiated !== undefined ? { substantiated: c.substantiated } : {}),
      ...(c.resolvedAt ? { resolvedAt: c.resolvedAt } : {}),
      ...(c.status === 'under-review' && c.proposedFinding ? { underReviewSince: c.proposedFinding.at } : {}),
    })),
  };
}

/**
 * What the statistics count, from the month's records. A rating recorded before ratings were
 * attributed takes its item and staff member from its case when the case is among the records.
 */
export function statisticsFacts(r: MonthRecords): StatisticsFacts {
  const cases = new Map(r.cases.map((c) => [c.caseId, c]));
  return {
    cases: r.cases,
    ratings: r.ratings.map((rating) => {
      const rated = cases.get(rating.caseId);
      const itemId = rating.itemId ?? rated?.itemId;
      const staffId = rating.staffId ?? rated?.concludedBy;
      return {
        windowId: rating.windowId,
        ...(itemId ? { itemId } : {}),
        ...(staffId ? { staffId } : {}),
        level: rating.level,
        ratedAt: rating.ratedAt,
        unfounded: r.unfounded.has(rating.caseId),
      };
    }),
    complaints: r.complaints,
  };
}
