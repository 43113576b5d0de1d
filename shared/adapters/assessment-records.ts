/**
 * Assessment records of a hall-month (one partition): the scoring departments' entries, the
 * windows' monthly reports and the computed result; and the month's facts read for scoring —
 * through indexes only, never a Scan.
 */
import type { AssessmentEntry, CaseFacts, ComplaintFacts, MonthFacts, RankedWindow, RatingFacts } from '#domain/assessment';
import type { Case } from '#domain/cases';
import { isUnfoundedRectification, rectificationIdFor } from '#domain/complaints';
import { conflict } from '#domain/errors';
import { businessDate, monthOf, nextMonth } from '#domain/time';
import { caseRecords } from './case-records';
import { complaintRecords, ratingRecords } from './complaint-records';
import type { StoreDeps as Deps } from './deps';
import { putRecord, putVersioned, record, records, recordsByKey } from './dynamo';
import { ENTITY, hallCollections, keys } from './table';

export interface WindowReport {
  hallId: string;
  month: string;
  windowId: string;
  reportedBy: string;
  reportedAt: string;
  notes?: string;
}

/** A hall-month's result as stored and served (the domain's MonthResult plus hall, status, deadline). */
export interface StoredMonthResult {
  hallId: string;
  month: string;
  status: 'provisional' | 'final';
  /** The deadline for entries (holiday-adjusted); the result is final after it. */
  entryDeadline: string;
  windows: RankedWindow[];
}

/** An entry is stored with its hall and month (readable in an export); the domain's entry has neither. */
type StoredEntry = AssessmentEntry & { hallId: string; month: string };
const entryOf = ({ hallId: _hall, month: _month, ...entry }: StoredEntry): AssessmentEntry => entry;

const caseFacts = (c: Case): CaseFacts => ({
  caseId: c.caseId,
  windowId: c.windowId,
  ...(c.acceptedAt ? { acceptedAt: c.acceptedAt } : {}),
  ...(c.concludedAt ? { concludedAt: c.concludedAt } : {}),
  ...(c.dueDate ? { dueDate: c.dueDate } : {}),
  secondNoticesAt: c.history.filter((h) => h.action === 'second-notice').map((h) => h.at),
});

export const assessmentRecords = {
  async addEntry(d: Deps, hallId: string, month: string, entry: AssessmentEntry): Promise<AssessmentEntry> {
    await putVersioned(
      d,
      { ...keys.assessmentEntry(hallId, month, entry.entryId), entity: ENTITY.assessmentEntry, hallId, month, ...entry },
      undefined,
      () => conflict('ENTRY_EXISTS', `Entry ${entry.entryId} already exists`),
    );
    return entry;
  },

  async getEntry(d: Deps, hallId: string, month: string, entryId: string): Promise<AssessmentEntry | undefined> {
    const found = await record<StoredEntry>(d, keys.assessmentEntry(hallId, month, entryId));
    return found && entryOf(found);
  },

  entries: async (d: Deps, hallId: string, month: string): Promise<AssessmentEntry[]> =>
    (await records<StoredEntry>(d, hallCollections.assessmentEntries(hallId, month))).map(entryOf),

  putReport: (d: Deps, report: WindowReport) =>
    putRecord(d, ENTITY.windowReport, keys.windowReport(report.hallId, report.month, report.windowId), report),

  reports: (d: Deps, hallId: string, month: string) => records<WindowReport>(d, hallCollections.windowReports(hallId, month)),

  putResult: (d: Deps, result: StoredMonthResult) =>
    putRecord(d, ENTITY.assessmentResult, keys.assessmentResult(result.hallId, result.month), result),

  getResult: (d: Deps, hallId: string, month: string) => record<StoredMonthResult>(d, keys.assessmentResult(hallId, month)),

  async getResults(d: Deps, hallId: string, months: string[]): Promise<StoredMonthResult[]> {
    const results = await recordsByKey<StoredMonthResult>(
      d,
      months.map((m) => keys.assessmentResult(hallId, m)),
    );
    return results.sort((a, b) => a.month.localeCompare(b.month));
  },

  /** The stored results of one month for many halls (the fan-out skips the final ones). */
  resultsOfHalls: (d: Deps, hallIds: string[], month: string) =>
    recordsByKey<StoredMonthResult>(
      d,
      hallIds.map((h) => keys.assessmentResult(h, month)),
    ),

  /**
   * Every record that can count in `month`: cases received in it, concluded in it or since
   * (an open-overdue case of that month may have concluded later), and still open; the
   * month's ratings with their rectifications (unfounded bad ratings do not count); the
   * complaints resolved in it.
   */
  async monthFacts(d: Deps, hallId: string, month: string, now: Date): Promise<MonthFacts> {
    const months: string[] = [];
    for (let m = month, current = monthOf(businessDate(now)); m <= current; m = nextMonth(m)) months.push(m);
    const lists = [
      caseRecords.all(d, hallId, { by: 'received-month', month }),
      ...months.map((m) => caseRecords.all(d, hallId, { by: 'concluded-month', month: m })),
      caseRecords.all(d, hallId, { by: 'status', status: 'accepted' }),
      caseRecords.all(d, hallId, { by: 'status', status: 'awaiting-materials' }),
    ];
    const [caseGroups, ratings, complaints] = await Promise.all([
      Promise.all(lists),
      ratingRecords.givenIn(d, hallId, month),
      complaintRecords.all(d, hallId, { by: 'resolved-month', month }),
    ]);
    const cases = new Map(caseGroups.flat().map((c) => [c.caseId, c]));
    const rectifications = await complaintRecords.getMany(
      d,
      ratings.filter((r) => r.rectificationId).map((r) => rectificationIdFor(r.caseId)),
    );
    const unfounded = new Set(rectifications.filter(isUnfoundedRectification).map((c) => c.caseId));
    return {
      cases: [...cases.values()].map(caseFacts),
      ratings: ratings.map((r): RatingFacts => ({
        caseId: r.caseId,
        windowId: r.windowId,
        level: r.level,
        ratedAt: r.ratedAt,
        unfounded: unfounded.has(r.caseId),
      })),
      complaints: complaints.map((c): ComplaintFacts => ({
        complaintId: c.complaintId,
        source: c.source,
        ...(c.windowId ? { windowId: c.windowId } : {}),
        ...(c.substantiated !== undefined ? { substantiated: c.substantiated } : {}),
        ...(c.resolvedAt ? { resolvedAt: c.resolvedAt } : {}),
      })),
    };
  },
};
