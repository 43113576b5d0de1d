/**
 * Scoring a hall-month: read the month's records through indexes, score and rank them with
 * the rules in force for that month, and publish what the publication rules allow
 * (`publish` in shared/domain/assessment.ts): a month not yet final follows its records; a
 * final month is frozen, and only a hall admin's revision with a reason publishes it anew.
 */
import { assessMonth, entryDeadline, monthStatus, publish, type Publication } from '#domain/assessment';
import { isOpenDuring } from '#domain/hall-setup';
import { businessDate, compareDates, lastDayOfMonth, toOffsetIso } from '#domain/time';
import { assessmentRecords } from '#adapters/assessment-records';
import type { EventDeps, StoreDeps } from '#adapters/deps';
import { hallRules } from '#adapters/hall-rules';
import { loadHallCalendar } from '#adapters/hall-calendar';
import { hallRecords } from '#adapters/hall-records';
import { hallEvent } from '#events/contracts';

export interface ScoringRequest {
  now: Date;
  /** Who computes: the job's name or the hall admin's id. */
  by: string;
  /** A hall admin's explicit revision of a final month, with its reason. */
  revise?: { reason: string };
}

export async function scoreMonth(d: StoreDeps & EventDeps, hallId: string, month: string, request: ScoringRequest): Promise<Publication> {
  const { now } = request;
  const [rules, cal, windows, facts, entries, previous] = await Promise.all([
    hallRules.inForce(d, hallId, month),
    loadHallCalendar(d, hallId),
    hallRecords.listWindows(d, hallId),
    assessmentRecords.monthFacts(d, hallId, month, now),
    assessmentRecords.entries(d, hallId, month),
    assessmentRecords.getResult(d, hallId, month),
  ]);
  const today = businessDate(now);
  // A mid-month standing counts what is overdue today, not at a month end still to come.
  const asOf = compareDates(today, lastDayOfMonth(month)) < 0 ? today : lastDayOfMonth(month);
  const publication = publish(
    previous,
    {
      hallId,
      month,
      status: monthStatus(cal, month, rules, today),
      entryDeadline: entryDeadline(cal, month, rules).date,
      windows: assessMonth(
        rules,
        month,
        windows.filter((w) => isOpenDuring(w, month)).map((w) => w.windowId),
        facts,
        entries,
        asOf,
      ),
    },
    { at: toOffsetIso(now), by: request.by, ...(request.revise ? { revise: request.revise } : {}) },
  );
  if (publication.changed) {
    const { result } = publication;
    await assessmentRecords.publishResult(d, result, previous);
    await d.events.publish([
      hallEvent('MonthlyRankingPublished', {
        hallId,
        month,
        status: result.status,
        revision: result.revision,
        topFive: result.windows.filter((w) => w.designations.includes('top-five')).map((w) => w.windowId),
        bottomFive: result.windows.filter((w) => w.designations.includes('bottom-five')).map((w) => w.windowId),
      }),
    ]);
  }
  return publication;
}
