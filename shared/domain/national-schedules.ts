/**
 * National schedules: the years shipped in the `chinese-days` data package, and the
 * conversion of a year loaded through the API (PUT /v1/calendar/national/{year}).
 */
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { MAKE_UP_WORKDAY, type NationalSchedule } from './calendar';
import { isIsoDate, yearOf, type IsoDate } from './time';

const STATUTORY_HOLIDAY = '法定节假日';

let cached: readonly NationalSchedule[] | undefined;

/** One schedule per year the package knows, parsed once. */
export function packageSchedules(): readonly NationalSchedule[] {
  cached ??= parsePackage();
  return cached;
}

function parsePackage(): NationalSchedule[] {
  const years = new Map<number, { holidays: Map<IsoDate, string>; workdays: Map<IsoDate, string> }>();
  // Values look like "National Day,国庆节,3": English name, Chinese name, length in days.
  const chineseName = (value: string) => value.split(',')[1] ?? value;

  for (const [date, value] of Object.entries<string>(data.holidays)) {
    const entry = years.get(yearOf(date)) ?? { holidays: new Map(), workdays: new Map() };
    entry.holidays.set(date, chineseName(value));
    years.set(yearOf(date), entry);
  }
  for (const [date, value] of Object.entries<string>(data.workdays)) {
    // A year is "known" only if the package has its holidays; stray workdays alone do not make one.
    years.get(yearOf(date))?.workdays.set(date, chineseName(value));
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
