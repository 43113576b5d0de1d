/**
 * The queue's day end: shortly after local midnight, each hall's statistics of the day that
 * ended (tickets, served, no-shows, wait and service times per group and window, the
 * consultation log's counts) are computed and kept for the monthly report. One query and one
 * write per hall, so one run serves every hall; a manual run (`{"asOf": "2025-10-10"}`, or with
 * `"hallId"`) closes the day before `asOf`. Running it again writes the same figures.
 */
import { addDays } from '#domain/time';
import { storeFromEnvironment } from '#adapters/environment';
import { hallRecords } from '#adapters/hall-records';
import { jobHandler } from '#lambda/job';
import { closeDay } from '#services/queue';

export const handler = jobHandler('queue-day-close', storeFromEnvironment, async ({ today, hallId }, d) => {
  const day = addDays(today, -1);
  const hallIds = hallId ? [hallId] : await hallRecords.listHallIds(d);
  const closed: { hallId: string; tickets: number }[] = [];
  for (const id of hallIds) {
    const report = await closeDay(d, id, day, d.clock.now());
    closed.push({ hallId: id, tickets: report.groups.reduce((n, g) => n + g.tickets, 0) });
  }
  return { day, closed };
});
