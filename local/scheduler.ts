/**
 * The local stand-in for EventBridge Scheduler: parses its cron expressions and fires each
 * schedule at its times, as measured by the runtime's clock (which HALL_CLOCK may shift).
 */
import type { Clock } from '#adapters/clock';
import { BUSINESS_TIME_ZONE, BUSINESS_UTC_OFFSET_HOURS } from '#domain/time';

/** A parsed `cron(minutes hours day-of-month month day-of-week year)`. */
export interface AwsCron {
  minutes: number[];
  hours: number[];
  /** `null` for `?`: the day-of-week field decides. */
  daysOfMonth: number[] | 'last' | null;
  months: number[];
  /** AWS numbering, 1 = Sunday … 7 = Saturday; `null` for `?`. */
  daysOfWeek: number[] | null;
  years: number[];
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

export function parseAwsCron(expression: string): AwsCron {
  const fields = /^cron\((.*)\)$/.exec(expression.trim())?.[1]?.trim().split(/\s+/);
  if (fields?.length !== 6) throw new Error(`Not an EventBridge cron expression: ${expression}`);
  const [minutes, hours, dayOfMonth, month, dayOfWeek, year] = fields as [string, string, string, string, string, string];
  // EventBridge requires `?` in exactly one of the two day fields.
  if ((dayOfMonth === '?') === (dayOfWeek === '?')) {
    throw new Error(`Exactly one of day-of-month and day-of-week must be '?': ${expression}`);
  }
  return {
    minutes: parseField(minutes, 0, 59),
    hours: parseField(hours, 0, 23),
    daysOfMonth: dayOfMonth === '?' ? null : dayOfMonth === 'L' ? 'last' : parseField(dayOfMonth, 1, 31),
    months: parseField(month, 1, 12, MONTHS),
    daysOfWeek: dayOfWeek === '?' ? null : parseField(dayOfWeek, 1, 7, DAYS),
    years: parseField(year, 1970, 2199),
  };
}

/** `*`, `a`, `a-b`, each optionally `/step`, comma-separated; names count from `min`. */
function parseField(field: string, min: number, max: number, names: string[] = []): number[] {
  const value = (token: string): number => {
    const named = names.indexOf(token.toUpperCase());
    const n = named >= 0 ? min + named : /^\d+$/.test(token) ? Number(token) : NaN;
    if (!(n >= min && n <= max)) throw new Error(`Invalid cron field "${field}": ${token} is not in ${min}-${max}`);
    return n;
  };
  const values = new Set<number>();
  for (const part of field.split(',')) {
    const [range = '', step, ...extra] = part.split('/');
    const bounds = range === '*' ? [min, max] : range.split('-').map(value);
    const from = bounds[0]!; // split always yields at least one element
    // `a/step` runs from a to the end of the field.
    const to = bounds[1] ?? (step === undefined ? from : max);
    const stride = step === undefined ? 1 : Number(step);
    if (bounds.length > 2 || extra.length > 0 || !Number.isInteger(stride) || stride < 1 || to < from) {
      throw new Error(`Invalid cron field "${field}"`);
    }
    for (let n = from; n <= to; n += stride) values.add(n);
  }
  return [...values].sort((a, b) => a - b);
}

/** Fixed UTC offsets; the business time zone has no daylight saving time. */
const UTC_OFFSET_MS = { [BUSINESS_TIME_ZONE]: BUSINESS_UTC_OFFSET_HOURS * 3_600_000 } as const;
export type SupportedTimeZone = keyof typeof UTC_OFFSET_MS;

/** The first fire time strictly after `after`. */
export function nextFireTime(cron: AwsCron, after: Date, timeZone: SupportedTimeZone): Date {
  const offset = UTC_OFFSET_MS[timeZone];
  // Work on the zone's wall clock, held in a Date's UTC fields.
  const start = new Date(after.getTime() + offset);
  const lastYear = cron.years[cron.years.length - 1]!;
  for (
    let day = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()));
    day.getUTCFullYear() <= lastYear;
    day = new Date(day.getTime() + 86_400_000)
  ) {
    if (!dayMatches(cron, day)) continue;
    for (const hour of cron.hours) {
      for (const minute of cron.minutes) {
        const fire = day.getTime() + (hour * 60 + minute) * 60_000 - offset;
        if (fire > after.getTime()) return new Date(fire);
      }
    }
  }
  throw new Error('The cron expression never fires again');
}

function dayMatches(cron: AwsCron, day: Date): boolean {
  if (!cron.years.includes(day.getUTCFullYear()) || !cron.months.includes(day.getUTCMonth() + 1)) return false;
  if (cron.daysOfWeek) return cron.daysOfWeek.includes(day.getUTCDay() + 1);
  if (cron.daysOfMonth === 'last') return new Date(day.getTime() + 86_400_000).getUTCDate() === 1;
  return cron.daysOfMonth!.includes(day.getUTCDate());
}

export interface SchedulerOptions {
  schedules: Record<string, { function: string; cron: string }>;
  clock: Clock;
  invoke: (functionName: string, input: { schedule: string; scheduledAt: string }) => Promise<unknown>;
  onError: (err: unknown, schedule: string) => void;
}

/** Longest single wait, so a shifted or adjusted clock is re-read at least this often. */
const MAX_WAIT_MS = 60 * 60_000;

export function startScheduler({ schedules, clock, invoke, onError }: SchedulerOptions): { stop(): void } {
  const timers = new Map<string, NodeJS.Timeout>();

  for (const [name, spec] of Object.entries(schedules)) {
    const cron = parseAwsCron(spec.cron);
    const arm = (due: Date) => {
      const wait = Math.min(due.getTime() - clock.now().getTime(), MAX_WAIT_MS);
      timers.set(name, setTimeout(() => fire(due), Math.max(wait, 0)).unref());
    };
    const fire = (due: Date) => {
      const now = clock.now();
      // Timers may wake a little early (or we capped the wait): keep waiting for the instant.
      if (now < due) return arm(due);
      // Not awaited: EventBridge does not wait for one run before starting the next.
      Promise.resolve()
        .then(() => invoke(spec.function, { schedule: name, scheduledAt: due.toISOString() }))
        .catch((err: unknown) => onError(err, name));
      // Strictly after now (>= due): never fires twice, and never replays runs missed while
      // the process was suspended.
      arm(nextFireTime(cron, now, BUSINESS_TIME_ZONE));
    };
    arm(nextFireTime(cron, clock.now(), BUSINESS_TIME_ZONE));
  }

  return {
    stop() {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
