/**
 * The daily deadline reminders, for every hall on its own working days (make-up working
 * Sundays included, hall closures excluded), fanned out per hall like month-end scoring. Also warns the agency admins when the coming
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
  await reminderRecords.warnAgencyOnce(d, asOf, 'national-calendar-missing', { years: gap.years }, () =>
    d.events.publish([hallEvent('NationalCalendarMissing', { hallId: AGENCY, asOf, years: gap.years })]),
  );
  return gap.years;
}

async function run(input: unknown) {
  const d = deps();
  const request = reminderInput.parse(input);
  if ('detail' in request) {
    const { hallId, asOf } = request.detail;
    const result = await issueReminders(d, hallId, asOf);
    logger.info('reminders issued', { hallId, asOf, ...result });
    return { hallId, asOf, ...result };
  }
  const asOf = 'schedule' in request ? businessDate(new Date(request.scheduledAt)) : (request.asOf ?? businessDate(d.clock.now()));
  if ('hallId' in request && request.hallId) return { hallId: request.hallId, asOf, ...(await issueReminders(d, request.hallId, asOf)) };
  // Fan out: one run per hall over the bus, so 500 halls never share one invocation's time limit.
  const missingYears = await warnAboutMissingSchedules(d, asOf);
  const hallIds = await hallRecords.listHallIds(d);
  await d.events.publish(hallIds.map((hallId) => hallEvent('HallRemindersRequested', { hallId, asOf })));
  logger.info('reminders requested', { asOf, halls: hallIds.length });
  return { asOf, requested: hallIds, ...(missingYears ? { missingNationalSchedules: missingYears } : {}) };
}

export const handler = middy(run).use(injectLambdaContext(logger, { resetKeys: true }));
