/**
 * A hall's working-day calendar as the domain needs it: the package's national schedules,
 * replaced year by year by those the agency admin loaded, with the hall's own overrides on top.
 */
import { buildCalendar, type Calendar } from '#domain/calendar';
import { nationalScheduleFromLists, packageSchedules } from '#domain/national-schedules';
import type { StoreDeps as Deps } from './deps';
import type { HallCalendarDay, NationalYear } from '#domain/hall-setup';
import { hallRecords } from './hall-records';

export async function loadHallCalendar(d: Deps, hallId: string): Promise<Calendar> {
  const [loaded, overrides] = await Promise.all([hallRecords.listNationalYears(d), hallRecords.listHallCalendarDays(d, hallId)]);
  return calendarOf(loaded, overrides);
}

/** The national calendar alone (for agency-wide checks such as a missing year). */
export async function loadNationalCalendar(d: Deps): Promise<Calendar> {
  return calendarOf(await hallRecords.listNationalYears(d), []);
}

function calendarOf(loaded: NationalYear[], overrides: HallCalendarDay[]): Calendar {
  return buildCalendar({
    packageYears: packageSchedules(),
    loadedYears: loaded.map((y) => nationalScheduleFromLists(y.year, y.holidays, y.workdays, 'loaded')),
    overrides,
  });
}
