/**
 * National schedules: the years shipped in the `chinese-days` data package (carried as runs of
 * dates, ./national-schedules-data.ts, generated from it), and the conversion of a year loaded
 * through the API (PUT /v1/calendar/national/{year}).
 */
import { MAKE_UP_WORKDAY, type NationalSchedule } from './calendar';
import { PACKAGE_HOLIDAYS, PACKAGE_WORKDAYS } from './national-schedules-data';
import { addDays, isIsoDate, yearOf, type IsoDate } from './time';

const STATUTORY_HOLIDAY = '法定节假日';

let cached: readonly NationalSchedule[] | undefined;

/** One schedule per year the package knows, parsed once. */
export function packageSchedules(): readonly NationalSchedule[] {
  cached ??= parsePackage();
  return cached;
}

/** Every date of the runs, with its holiday's name: `2025-10-01+7` is the 1st and the 7 days after it. */
export function expandRuns(runsByName: Readonly<Record<string, string>>): [IsoDate, string][] {
  return Object.entries(runsByName).flatMap(([name, runs]) =>
    runs.split(' ').flatMap((run) => {
      const [start = '', more = '0'] = run.split('+');
      return Array.from({ length: Number(more) + 1 }, (_, i): [IsoDate, string] => [addDays(start, i), name]);
    }),
  );
}

function parsePackage(): NationalSchedule[] {
  const years = new Map<number, { holidays: Map<IsoDate, string>; workdays: Map<IsoDate, string> }>();
  for (const [date, name] of expandRuns(PACKAGE_HOLIDAYS)) {
    const entry = years.get(yearOf(date)) ?? { holidays: new Map(), workdays: new Map() };
    entry.holidays.set(date, name);
    years.set(yearOf(date), entry);
  }
  for (const [date, name] of expandRuns(PACKAGE_WORKDAYS)) {
    // A year is "known" only if the package has its holidays; stray workdays alone do not make one.
    years.get(yearOf(date))?.workdays.set(date, name);
  }
  return [...years].map(([year, { holidays, workdays }]) => ({ year, holidays, workdays, source: 'package' }));
}

/** A year as loaded by the agency admin: `{holidays: [dates], workdays: [dates]}`. */
export function nationalScheduleFromLists(
  year: number,
  holidays: readonly IsoDate[],
  workdays: readonly IsoDate[],
  source: NationalSchedule['source'] = 'loaded',
): NationalSchedule {
  for (const date of [...holidays, ...workdays]) {
    if (!isIsoDate(date) || yearOf(date) !== year) throw new RangeError(`${date} is not a date in ${year}`);
  }
  const clash = holidays.find((date) => workdays.includes(date));
  if (clash !== undefined) throw new RangeError(`${clash} is listed both as a holiday and as a workday`);
  return {
    year,
    holidays: new Map(holidays.map((date) => [date, STATUTORY_HOLIDAY])),
    workdays: new Map(workdays.map((date) => [date, MAKE_UP_WORKDAY])),
    source,
  };
}
