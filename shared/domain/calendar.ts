/**
 * Working days (工作日): national schedules, hall overrides, and the one rule for
 * "within N working days" (docs/DOMAIN.md "Calendar: working days").
 */
import { addDays, daysBetween, isWeekend, yearOf, type IsoDate } from './time';

/** One year of the State Council schedule. */
export interface NationalSchedule {
  year: number;
  /** Statutory holidays → holiday name, e.g. "国庆节". */
  holidays: ReadonlyMap<IsoDate, string>;
  /** Make-up weekend working days (调休上班) → the holiday they make up for. */
  workdays: ReadonlyMap<IsoDate, string>;
  source: 'package' | 'loaded';
}

/** A hall's decision for one date: closed (临时闭厅, local holiday) or open. */
export interface HallOverride {
  date: IsoDate;
  open: boolean;
  reason: string;
}

export interface Calendar {
  national: ReadonlyMap<number, NationalSchedule>;
  overrides: ReadonlyMap<IsoDate, HallOverride>;
}

export interface DayStatus {
  date: IsoDate;
  workingDay: boolean;
  reason: string;
  /** The date's year has no national schedule: weekends off, weekdays working, unconfirmed. */
  provisional: boolean;
}

export interface WorkingDaysResult {
  from: IsoDate;
  workingDays: number;
  date: IsoDate;
  provisional: boolean;
}

export const MAKE_UP_WORKDAY = '调休上班';

/** Ten years: no hall is closed that long, and no legal time limit reaches that far. */
const MAX_SCAN_DAYS = 3660;

export function buildCalendar(input: {
  packageYears: readonly NationalSchedule[];
  loadedYears: readonly NationalSchedule[];
  overrides: readonly HallOverride[];
}): Calendar {
  const national = new Map<number, NationalSchedule>();
  // Loaded years come last: the agency admin's data replaces the package's whole year.
  for (const schedule of [...input.packageYears, ...input.loadedYears]) national.set(schedule.year, schedule);
  return { national, overrides: new Map(input.overrides.map((o) => [o.date, o])) };
}

/** Precedence: hall override > national holiday > make-up workday > weekend / weekday. */
export function dayStatus(cal: Calendar, date: IsoDate): DayStatus {
  const schedule = cal.national.get(yearOf(date));
  const status = (workingDay: boolean, reason: string): DayStatus => ({
    date,
    workingDay,
    reason,
    provisional: schedule === undefined,
  });

  const override = cal.overrides.get(date);
  if (override) return status(override.open, override.reason);
  const holiday = schedule?.holidays.get(date);
  if (holiday !== undefined) return status(false, holiday);
  const madeUp = schedule?.workdays.get(date);
  if (madeUp !== undefined) {
    // Loaded schedules do not know which holiday a workday makes up for (their name is just 调休上班).
    return status(true, madeUp === MAKE_UP_WORKDAY ? madeUp : `${MAKE_UP_WORKDAY} (${madeUp})`);
  }
  return isWeekend(date) ? status(false, 'weekend') : status(true, 'weekday');
}

export function isWorkingDay(cal: Calendar, date: IsoDate): boolean {
  return dayStatus(cal, date).workingDay;
}

/**
 * THE rule for "within n working days": the n-th working day after `from`; `from` itself
 * is never counted. `provisional` when any day examined (from+1 … result) lies in a year
 * without a national schedule.
 */
export function addWorkingDays(cal: Calendar, from: IsoDate, n: number): WorkingDaysResult {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`working days must be an integer >= 1, got ${n}`);
  let date = from;
  let counted = 0;
  let provisional = false;
  for (let scanned = 0; counted < n; scanned++) {
    if (scanned === MAX_SCAN_DAYS) {
      throw new RangeError(`fewer than ${n} working days in the ${MAX_SCAN_DAYS} days after ${from}`);
    }
    date = addDays(date, 1);
    const status = dayStatus(cal, date);
    provisional ||= status.provisional;
    if (status.workingDay) counted++;
  }
  return { from, workingDays: n, date, provisional };
}

/**
 * Signed count of working days: those in (from, to] when `to` is later, minus those in
 * (to, from] when `to` is earlier (e.g. the working days an overdue item is late).
 * Inverts addWorkingDays: workingDaysBetween(from, addWorkingDays(from, n).date) = n.
 */
export function workingDaysBetween(cal: Calendar, from: IsoDate, to: IsoDate): { days: number; provisional: boolean } {
  const span = daysBetween(from, to);
  const [start, sign] = span >= 0 ? [from, 1] : [to, -1];
  let days = 0;
  let provisional = false;
  for (let i = 1; i <= Math.abs(span); i++) {
    const status = dayStatus(cal, addDays(start, i));
    provisional ||= status.provisional;
    if (status.workingDay) days += sign;
  }
  return { days, provisional };
}

/** 遇节假日顺延: `date` if it is a working day, else the next working day. */
export function nextWorkingDayOnOrAfter(cal: Calendar, date: IsoDate): { date: IsoDate; provisional: boolean } {
  const status = dayStatus(cal, date);
  if (status.workingDay) return { date, provisional: status.provisional };
  const next = addWorkingDays(cal, date, 1);
  return { date: next.date, provisional: status.provisional || next.provisional };
}

/** Years touched by the dates [from, to] that have no national schedule (to warn agency admins). */
export function yearsWithoutSchedule(cal: Calendar, from: IsoDate, to: IsoDate): number[] {
  const years: number[] = [];
  for (let year = yearOf(from); year <= yearOf(to); year++) {
    if (!cal.national.has(year)) years.push(year);
  }
  return years;
}
