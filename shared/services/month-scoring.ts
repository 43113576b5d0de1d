/**
 * Scoring a hall-month: read the month's records through indexes, score and rank them with
 * the rules in force for that month, store the result. Recomputing with the same records
 * gives the same stored result (nothing is accumulated, everything is recounted).
 */
import { isDeepStrictEqual } from 'node:util';
import { assessMonth, entryDeadline, monthStatus } from '#domain/assessment';
import { businessDate, endOfBusinessDay, lastDayOfMonth } from '#domain/time';
import { assessmentRecords, type StoredMonthResult } from '#adapters/assessment-records';
import type { EventDeps, StoreDeps } from '#adapters/deps';
import { hallRules } from '#adapters/hall-rules';
import { loadHallCalendar } from '#adapters/hall-calendar';
import { hallRecords } from '#adapters/hall-records';
import { hallEvent } from '#events/contracts';

export async function scoreMonth(
  d: StoreDeps & EventDeps,
  hallId: string,
  month: string,
  now: Date,
): Promise<{ result: StoredMonthResult; changed: boolean }> {
  const [rules, cal, windows, facts, entries, previous] = await Promise.all([
    hallRules.inForce(d, hallId, month),
    loadHallCalendar(d, hallId),
    hallRecords.listWindows(d, hallId),
    assessmentRecords.monthFacts(d, hallId, month, now),
    assessmentRecords.entries(d, hallId, month),
    assessmentRecords.getResult(d, hallId, month),
  ]);
  const result: StoredMonthResult = {
    hallId,
    month,
    status: monthStatus(cal, month, rules, businessDate(now)),
    entryDeadline: entryDeadline(cal, month, rules).date,
    windows: assessMonth(
      rules,
      month,
      // The windows open by the end of the month: one opened later is not ranked in it.
      windows.filter((w) => !w.createdAt || new Date(w.createdAt) <= endOfBusinessDay(lastDayOfMonth(month))).map((w) => w.windowId),
      facts,
      entries,
    ),
  };
  const changed = !isDeepStrictEqual(previous, result);
  if (changed) {
    await assessmentRecords.putResult(d, result);
    await d.events.publish([
      hallEvent('MonthlyRankingPublished', {
        hallId,
        month,
        status: result.status,
        topFive: result.windows.filter((w) => w.designations.includes('top-five')).map((w) => w.windowId),
        bottomFive: result.windows.filter((w) => w.designations.includes('bottom-five')).map((w) => w.windowId),
      }),
    ]);
  }
  return { result, changed };
}
