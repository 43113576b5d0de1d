/** "Now" comes from a clock port so tests and the local runtime can start time anywhere. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
