/**
 * Due dates that follow the calendar: when a hall closes or opens a date, or a national
 * schedule is loaded or corrected, the open cases whose due date that change can move are
 * replayed with the calendar as it is now (`recomputeDueDate`), and the history records the old
 * and the new date. The daily reminders read the sparse due index, so they follow the new date.
 *
 * Which cases: a change on date D moves no due date before D (every day a due date was counted
 * over lies on or before it), so only the window's open work due on or after D is read — the
 * sparse `byDue` index, range-limited, per hall; a national year touches every hall (the halls
 * registry index). Suspended cases replay at their resumption; referred and concluded ones keep
 * the limit they were held to. Idempotent: a redelivered change finds nothing left to move.
 */
import type { Calendar } from '#domain/calendar';
import { recomputeDueDate, type Case } from '#domain/cases';
import { isDomainError } from '#domain/errors';
import type { HallCalendarDay, NationalYear } from '#domain/hall-setup';
import type { IsoDate } from '#domain/time';
import { caseRecords } from '#adapters/case-records';
import type { StoreDeps } from '#adapters/deps';
import { loadHallCalendar } from '#adapters/hall-calendar';
import { hallRecords } from '#adapters/hall-records';

/** Who recomputes, in the cases' history. */
export const RECOMPUTE_ACTOR = 'due-date-recompute';

/** Writes lost to a concurrent change are replayed this many times before the record is retried. */
const ATTEMPTS = 3;

/** A change of the working days: the halls it touches, from which date on, and why (for the history). */
export interface CalendarChange {
  halls: 'all' | string[];
  from: IsoDate;
  reason: string;
}

/** A hall's override written or changed; only a change of open/closed moves anything. */
export function hallDayChange(before: HallCalendarDay | undefined, after: HallCalendarDay): CalendarChange | undefined {
  if (before?.open === after.open) return undefined;
  return {
    halls: [after.hallId],
    from: after.date,
    reason: `the hall is ${after.open ? 'open' : 'closed'} on ${after.date} (${after.reason})`,
  };
}

/** A national year loaded (from its first day) or corrected (from the first date that differs). */
export function nationalYearChange(before: NationalYear | undefined, after: NationalYear): CalendarChange | undefined {
  const changed = before
    ? symmetricDifference(before.holidays, after.holidays).concat(symmetricDifference(before.workdays, after.workdays)).sort()[0]
    : `${after.year}-01-01`;
  if (changed === undefined) return undefined;
  return { halls: 'all', from: changed, reason: `the national schedule of ${after.year} was ${before ? 'corrected' : 'loaded'}` };
}

function symmetricDifference(a: readonly string[], b: readonly string[]): string[] {
  const [inA, inB] = [new Set(a), new Set(b)];
  return [...a.filter((x) => !inB.has(x)), ...b.filter((x) => !inA.has(x))];
}

/** Replays one case, again with a fresh read when someone changed it meanwhile; true when it moved. */
async function recomputeCase(d: StoreDeps, found: Case, cal: Calendar, reason: string): Promise<boolean> {
  let current: Case | undefined = found;
  for (let attempt = 0; attempt < ATTEMPTS && current; attempt++) {
    const next = recomputeDueDate(current, cal, reason, RECOMPUTE_ACTOR, d.clock.now());
    if (!next) return false;
    try {
      await caseRecords.update(d, current, next);
      return true;
    } catch (err) {
      if (!isDomainError(err, 'STALE_CASE')) throw err;
      current = await caseRecords.getInHall(d, found.hallId, found.caseId);
    }
  }
  if (current) throw new Error(`case ${found.caseId} kept changing during the recomputation; the calendar change will be retried`);
  return false;
}

/** The hall's open work due on or after `from`, replayed with its calendar as it is now; how many moved. */
export async function recomputeHall(d: StoreDeps, hallId: string, from: IsoDate, reason: string): Promise<number> {
  const [cal, cases] = await Promise.all([loadHallCalendar(d, hallId), caseRecords.dueFrom(d, hallId, from)]);
  let moved = 0;
  for (const c of cases) if (await recomputeCase(d, c, cal, reason)) moved++;
  return moved;
}

/** Every hall a change touches; how many cases moved in each. */
export async function applyCalendarChange(d: StoreDeps, change: CalendarChange): Promise<Record<string, number>> {
  const halls = change.halls === 'all' ? await hallRecords.listHallIds(d) : change.halls;
  const moved: Record<string, number> = {};
  for (const hallId of halls) moved[hallId] = await recomputeHall(d, hallId, change.from, change.reason);
  return moved;
}
