/**
 * The appointments' day end, every day at 18:00 (triggers.ts) whatever the calendar says: the
 * reminder goes the day before, so Monday's bookings are reminded on Sunday. For each hall:
 * booked appointments of today and before whose check-in has closed become no-shows, and each
 * booking of tomorrow gets AppointmentTomorrow (or, should tomorrow no longer take
 * appointments, is cancelled for the hall). `{"asOf": "YYYY-MM-DD", "hallId"?: "h1"}` by hand.
 */
import { addDays } from '#domain/time';
import { storeFromEnvironment } from '#adapters/environment';
import { eventsFromEnvironment } from '#adapters/events';
import { hallRecords } from '#adapters/hall-records';
import { markNoShows, remindOfTomorrow } from '#services/appointments';
import { jobHandler } from '#lambda/job';

export const handler = jobHandler(
  'appointment-day-end',
  () => ({ ...storeFromEnvironment(), events: eventsFromEnvironment() }),
  async ({ today, hallId }, d) => {
    // A few queries and writes per hall: one run serves every hall (no fan-out over the bus).
    const halls = hallId ? [hallId] : await hallRecords.listHallIds(d);
    const results = [];
    for (const id of halls) {
      results.push({ hallId: id, noShows: await markNoShows(d, id, today), ...(await remindOfTomorrow(d, id, addDays(today, 1))) });
    }
    return { asOf: today, halls: results };
  },
);
