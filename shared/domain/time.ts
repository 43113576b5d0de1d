/**
 * Date math and business time: the one place that knows how dates work.
 *
 * Business dates are `YYYY-MM-DD` local dates in China Standard Time (Asia/Shanghai,
 * UTC+8, no DST). Because the offset is fixed, a local date is handled as the UTC
 * midnight of the same calendar date, and instants are shifted by +8 h; no Intl needed.
 */

/** A local date `YYYY-MM-DD` in Asia/Shanghai. */
export type IsoDate = string;

/** The business time zone (schedules name it; EventBridge Scheduler converts). */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';
/** China Standard Time is UTC+8 all year (no daylight saving since 1991). */
export const BUSINESS_UTC_OFFSET_HOURS = 8;

const DAY_MS = 86_400_000;
const OFFSET_MS = BUSINESS_UTC_OFFSET_HOURS * 3_600_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Milliseconds of the UTC midnight of `s`, or NaN unless `s` is a real date in strict format. */
function parse(s: string): number {
  if (!ISO_DATE.test(s)) return NaN;
  const ms = Date.parse(`${s}T00:00:00Z`);
  // Date.parse rolls impossible days over (2025-02-30 → 2025-03-02); the round trip catches it.
  return !Number.isNaN(ms) && format(ms) === s ? ms : NaN;
}

function toMs(date: IsoDate): number {
  const ms = parse(date);
  if (Number.isNaN(ms)) throw new RangeError(`not a date YYYY-MM-DD: ${JSON.stringify(date)}`);
  return ms;
}

function format(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isIsoDate(s: string): boolean {
  return !Number.isNaN(parse(s));
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return format(toMs(date) + n * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(toMs(date)).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(toMs(a) - toMs(b));
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

export function yearOf(date: IsoDate): number {
  return new Date(toMs(date)).getUTCFullYear();
}

/** The Asia/Shanghai date of an instant. */
export function businessDate(instant: Date): IsoDate {
  return format(instant.getTime() + OFFSET_MS);
}

/** 00:00 +08:00 of `date`. */
export function startOfBusinessDay(date: IsoDate): Date {
  return new Date(toMs(date) - OFFSET_MS);
}

/** The last millisecond of `date` in +08:00 (a deadline "lasts to the end of its day"). */
export function endOfBusinessDay(date: IsoDate): Date {
  return new Date(toMs(date) + DAY_MS - OFFSET_MS - 1);
}

/** ISO 8601 with the +08:00 offset, e.g. `2025-09-26T09:00:00.000+08:00`. */
export function toOffsetIso(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().replace('Z', '+08:00');
}

/** The business month (Asia/Shanghai) of an ISO instant. */
export function monthOfInstant(iso: string): string {
  return monthOf(businessDate(new Date(iso)));
}

export function isMonth(s: string): boolean {
  return MONTH.test(s);
}

/** `YYYY-MM` of a date. */
export function monthOf(date: IsoDate): string {
  return format(toMs(date)).slice(0, 7);
}

export function firstDayOfMonth(month: string): IsoDate {
  return `${checkMonth(month)}-01`;
}

export function lastDayOfMonth(month: string): IsoDate {
  return addDays(firstDayOfMonth(nextMonth(month)), -1);
}

export function nextMonth(month: string): string {
  const [, y, m] = MONTH.exec(checkMonth(month)) ?? [];
  const next = Number(m) + 1;
  return next > 12 ? `${pad(Number(y) + 1, 4)}-01` : `${y}-${pad(next, 2)}`;
}

export function previousMonth(month: string): string {
  const [, y, m] = MONTH.exec(checkMonth(month)) ?? [];
  const previous = Number(m) - 1;
  return previous < 1 ? `${pad(Number(y) - 1, 4)}-12` : `${y}-${pad(previous, 2)}`;
}

function checkMonth(month: string): string {
  if (!isMonth(month)) throw new RangeError(`not a month YYYY-MM: ${JSON.stringify(month)}`);
  return month;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Minutes since 00:00 Asia/Shanghai of an instant (e.g. 21:30 → 1290). */
export function minutesIntoBusinessDay(instant: Date): number {
  return Math.floor(((((instant.getTime() + OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS) / 60_000);
}

/** The instant `minutes` after 00:00 Asia/Shanghai on `date` (e.g. 480 → 08:00 +08:00). */
export function atBusinessMinutes(date: IsoDate, minutes: number): Date {
  return new Date(startOfBusinessDay(date).getTime() + minutes * 60_000);
}
