/**
 * The daily deadline reminders, for every hall on its own working days (make-up working
 * Sundays included, hall closures excluded). Also warns the agency admins when the coming
 * 60 days reach a year without a national holiday schedule, and, where a hall has switched it
 * on, records 基本满意 for concluded cases left unrated (see shared/services/auto-rating.ts).
 */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { calendarGapWarning } from '#domain/reminders';
import { businessDate, type IsoDate } from '#domain/time';
import { deps, type Deps } from '#adapters/deps';
import { loadNationalCalendar } from '#adapters/hall-calendar';
import { hallRecords } from '#adapters/hall-records';
import { logger } from '#adapters/logger';
import { reminderRecords } from '#adapters/reminder-records';
import { hallEvent } from '#events/contracts';
import { reminderInput } from '#shared/services/job-input';
import { issueReminders } from '#shared/services/reminders';

const AGENCY = '*';

async function warnAboutMissingSchedules(d: Deps, asOf: IsoDate): Promise<number[] | undefined> {
  const gap = calendarGapWarning(await loadNationalCalendar(d), asOf);
  if (!gap) return undefined;
  logger.warn('the coming 60 days reach a year without a national holiday schedule', { asOf, years: gap.years });
  if (await reminderRecords.warnAgencyOnce(d, asOf, 'national-calendar-missing', { years: gap.years })) {
    await d.events.publish([hallEvent('NationalCalendarMissing', { hallId: AGENCY, asOf, years: gap.years })]);
  }
  return gap.years;
}

async function run(input: unknown) {
  const d = deps();
  const request = reminderInput.parse(input);
  const asOf = 'schedule' in request ? businessDate(new Date(request.scheduledAt)) : (request.asOf ?? businessDate(d.clock.now()));
  const hallIds = 'hallId' in request && request.hallId ? [request.hallId] : await hallRecords.listHallIds(d);
  const missingYears = await warnAboutMissingSchedules(d, asOf);
  const halls = [];
  const failed: string[] = [];
  // One hall at a time keeps the load on the table even; a failing hall does not stop the others.
  for (const hallId of hallIds) {
    try {
      halls.push({ hallId, ...(await issueReminders(d, hallId, asOf)) });
    } catch (err) {
      logger.error('reminders failed for a hall', { hallId, asOf, error: err as Error });
      failed.push(hallId);
    }
  }
  logger.info('reminders issued', { asOf, halls: halls.length, failed: failed.length });
  // Failing the run lets Lambda retry it (and finally park it): reminders already stored are not repeated.
  if (failed.length) throw new Error(`Reminders failed for ${failed.length} hall(s): ${failed.join(', ')}`);
  return { asOf, halls, ...(missingYears ? { missingNationalSchedules: missingYears } : {}) };
}

export const handler = middy(run).use(injectLambdaContext(logger, { resetKeys: true }));
