/**
 * The daily deadline reminders, for every hall on its own working days (make-up working
 * Sundays included, hall closures excluded), fanned out per hall like month-end scoring. Also
 * warns the agency admins when the coming 60 days reach a year without a national holiday
 * schedule, and, where a hall has switched it on, records 基本满意 for concluded cases left
 * unrated (see shared/services/auto-rating.ts).
 */
import { calendarGapWarning } from '#domain/reminders';
import type { IsoDate } from '#domain/time';
import type { EventDeps, StoreDeps } from '#adapters/deps';
import { storeFromEnvironment } from '#adapters/environment';
import { eventsFromEnvironment } from '#adapters/events';
import { loadNationalCalendar } from '#adapters/hall-calendar';
import { hallRecords } from '#adapters/hall-records';
import { logger } from '#adapters/logger';
import { recordMetric } from '#adapters/metrics';
import { reminderRecords } from '#adapters/reminder-records';
import { AGENCY, hallEvent } from '#events/contracts';
import { jobHandler } from '#lambda/job';
import { issueReminders } from '#services/reminders';

async function warnAboutMissingSchedules(d: StoreDeps & EventDeps, asOf: IsoDate): Promise<number[] | undefined> {
  const gap = calendarGapWarning(await loadNationalCalendar(d), asOf);
  if (!gap) return undefined;
  logger.warn('the coming 60 days reach a year without a national holiday schedule', { asOf, years: gap.years });
  await reminderRecords.warnAgencyOnce(d, asOf, 'national-calendar-missing', { years: gap.years }, () =>
    d.events.publish([hallEvent('NationalCalendarMissing', { hallId: AGENCY, asOf, years: gap.years })]),
  );
  return gap.years;
}

export const handler = jobHandler(
  'deadline-reminders',
  () => ({ ...storeFromEnvironment(), events: eventsFromEnvironment() }),
  async ({ today: asOf, hallId }, d) => {
    if (hallId) {
      const issued = await issueReminders(d, hallId, asOf);
      recordMetric('RemindersSent', issued.issued, { hallId });
      return { hallId, asOf, ...issued };
    }
    // Fan out: one run per hall over the bus, so 500 halls never share one invocation's time limit.
    const missingYears = await warnAboutMissingSchedules(d, asOf);
    const hallIds = await hallRecords.listHallIds(d);
    await d.events.publish(hallIds.map((id) => hallEvent('HallRemindersRequested', { hallId: id, asOf })));
    return { asOf, requested: hallIds, ...(missingYears ? { missingNationalSchedules: missingYears } : {}) };
  },
);
