/**
 * Scoring a hall-month: read the month's records through indexes, score and rank them with
 * the rules in force for that month, and publish what the publication rules allow
 * (`publish` in shared/domain/assessment.ts): a month not yet final follows its records; a
 * final month is frozen, and only a hall admin's revision with a reason publishes it anew.
 * The month's statistics are kept from the same records, under the same rules.
 */
import { assessMonth, entryDeadline, monthStatus, publish, type Publication } from '#domain/assessment';
import { isOpenDuring } from '#domain/hall-setup';
import { businessDate, compareDates, lastDayOfMonth, toOffsetIso } from '#domain/time';
import { assessmentRecords } from '#adapters/assessment-records';
import type { StoreDeps } from '#adapters/deps';
import { hallRules } from '#adapters/hall-rules';
import { loadHallCalendar } from '#adapters/hall-calendar';
import { hallRecords } from '#adapters/hall-records';
import { assessmentFacts, loadMonthRecords } from '#adapters/month-records';
import { hallEvent } from '#events/contracts';
import { keepWithAssessment } from './statistics';

export interface ScoringRequest {
  now: Date;
  /** Who computes: the job's name or the hall admin's id. */
  by: string;
  /** A hall admin's explicit revision of a final month, with its reason. */
  revise?: { reason: string };
}

export async function scoreMonth(d: StoreDeps, hallId: string, month: string, request: ScoringRequest): Promise<Publication> {
  const { now } = request;
  const [rules, cal, windows, records, entries, previous] = await Promise.all([
    hallRules.inForce(d, hallId, month),
    loadHallCalendar(d, hallId),
    hallRecords.listWindows(d, hallId),
    loadMonthRecords(d, hallId, month, now, 'assessment'),
    assessmentRecords.entries(d, hallId, month),
    assessmentRecords.getResultRecord(d, hallId, month),
  ]);
  const today = businessDate(now);
  // A mid-month standing counts what is overdue today, not at a month end still to come.
  const asOf = compareDates(today, lastDayOfMonth(month)) < 0 ? today : lastDayOfMonth(month);
  const publication = publish(
    previous?.result,
    {
      hallId,
      month,
      status: monthStatus(cal, month, rules, today),
      entryDeadline: entryDeadline(cal, month, rules).date,
      windows: assessMonth(
        rules,
        month,
        windows.filter((w) => isOpenDuring(w, month)).map((w) => w.windowId),
        assessmentFacts(records),
        entries,
        asOf,
      ),
    },
    { at: toOffsetIso(now), by: request.by, ...(request.revise ? { revise: request.revise } : {}) },
  );
  if (publication.changed) {
    const { result } = publication;
    await assessmentRecords.publishResult(
      d,
      result,
      previous,
      hallEvent('MonthlyRankingPublished', {
        hallId,
        month,
        status: result.status,
        revision: result.revision,
        topFive: result.windows.filter((w) => w.designations.includes('top-five')).map((w) => w.windowId),
        bottomFive: result.windows.filter((w) => w.designations.includes('bottom-five')).map((w) => w.windowId),
      }),
    );
  }
  // The month's statistics follow the same records, and freeze with the same result.
  await keepWithAssessment(d, publication, records, windows, now);
  return publication;
}
