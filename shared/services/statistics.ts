/**
 * A hall's monthly statistics (docs/API.md "Statistics and search"): kept with the month's
 * assessment — computed from the same records whenever the month is scored, frozen with it once
 * final, recomputed by a revision — and the current month (or one never scored) on demand.
 */
import type { Publication } from '#domain/assessment';
import { isOpenDuring, type Window } from '#domain/hall-setup';
import { frontDeskRows, monthStatistics, replacesKept, type FrontDeskRow, type StatisticsSetUp } from '#domain/statistics';
import { businessDate, monthOf, toOffsetIso } from '#domain/time';
import { appointmentRecords } from '#adapters/appointment-records';
import type { StoreDeps } from '#adapters/deps';
import { hallRecords } from '#adapters/hall-records';
import { inquiryRecords } from '#adapters/inquiry-records';
import { loadMonthRecords, statisticsFacts, type MonthRecords } from '#adapters/month-records';
import { queueRecords } from '#adapters/queue-records';
import { statisticsRecords, type KeptStatistics } from '#adapters/statistics-records';

/** Names and departments of the hall's set-up; the window view lists the windows open in the month. */
export async function statisticsSetUp(d: StoreDeps, hallId: string, month: string, windows?: Window[]): Promise<StatisticsSetUp> {
  const [allWindows, departments, items, staff] = await Promise.all([
    windows ?? hallRecords.listWindows(d, hallId),
    hallRecords.listDepartments(d, hallId),
    hallRecords.listAllItems(d, hallId),
    hallRecords.listStaff(d, hallId),
  ]);
  return {
    windows: allWindows,
    departments,
    items,
    staff,
    listedWindowIds: allWindows.filter((w) => isOpenDuring(w, month)).map((w) => w.windowId),
  };
}

/** Keeps the statistics computed from the records a scoring run read, unless the month is frozen. */
export async function keepWithAssessment(
  d: StoreDeps,
  publication: Publication,
  records: MonthRecords,
  windows: Window[],
  now: Date,
): Promise<void> {
  const { hallId, month, status, revision } = publication.result;
  if (!replacesKept(await statisticsRecords.standing(d, hallId, month), { status, revision })) return;
  const setUp = await statisticsSetUp(d, hallId, month, windows);
  await statisticsRecords.keep(d, {
    ...monthStatistics(month, statisticsFacts(records), setUp),
    hallId,
    status,
    revision,
    computedAt: toOffsetIso(now),
  });
}

/** What a reader gets: the statistics, and whether they are kept (with the month's standing) or computed now. */
export type StatisticsReading = KeptStatistics & { kept: boolean };

/**
 * The month's statistics: those kept with its assessment, or, for the current month and a month
 * never scored, computed now from its records (provisional, not kept: a read writes nothing).
 */
export async function readStatistics(d: StoreDeps, hallId: string, month: string, now: Date): Promise<StatisticsReading> {
  const current = month === monthOf(businessDate(now));
  const kept = current ? undefined : await statisticsRecords.get(d, hallId, month);
  if (kept) return { ...kept, kept: true };
  const [records, setUp] = await Promise.all([loadMonthRecords(d, hallId, month, now, 'statistics'), statisticsSetUp(d, hallId, month)]);
  return {
    ...monthStatistics(month, statisticsFacts(records), setUp),
    hallId,
    status: 'provisional',
    revision: 0,
    computedAt: toOffsetIso(now),
    kept: false,
  };
}

/**
 * The month at the front desk per window, read now from what the queue kept of each day (the
 * day-end job keeps it), the month's appointment no-shows and its consultations: records that no
 * longer change once their day is over, so nothing needs keeping with the assessment.
 */
export async function readFrontDesk(d: StoreDeps, hallId: string, month: string): Promise<FrontDeskRow[]> {
  const [queueDays, appointmentNoShows, inquiries, windows] = await Promise.all([
    queueRecords.dayReportsOfMonth(d, hallId, month),
    appointmentRecords.noShowsByWindow(d, hallId, month),
    inquiryRecords.countsByWindow(d, hallId, { month }),
    hallRecords.listWindows(d, hallId),
  ]);
  return frontDeskRows(
    { queueDays, appointmentNoShows, inquiries },
    windows.filter((w) => isOpenDuring(w, month)),
  );
}
