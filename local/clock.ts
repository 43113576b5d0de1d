/** Clocks of the local runtime and the tests (HALL_CLOCK); never used in AWS. */
import type { Clock } from '#adapters/clock';

/** A clock that starts at `start` and then runs on in real time. */
export function clockStartingAt(start: Date, realNow: () => number = Date.now): Clock {
  const offsetMs = start.getTime() - realNow();
  return { now: () => new Date(realNow() + offsetMs) };
}

/** A clock that runs on from an instant and can be moved to another one (tests). */
export interface SettableClock extends Clock {
  set(instant: string): void;
}

export function settableClock(start: string): SettableClock {
  let clock = clockStartingAt(new Date(start));
  return { now: () => clock.now(), set: (instant) => (clock = clockStartingAt(new Date(instant))) };
}
