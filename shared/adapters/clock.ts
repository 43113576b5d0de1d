/** "Now" comes from a clock port so tests and the local runtime can start time anywhere. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that starts at `start` and then runs on in real time (HALL_CLOCK in the local
 * runtime; never used in AWS).
 */
export function clockStartingAt(start: Date, realNow: () => number = Date.now): Clock {
  const offsetMs = start.getTime() - realNow();
  return { now: () => new Date(realNow() + offsetMs) };
}
