/**
 * Bookings follow the calendar, fed by the table's stream (filter: a hall closing a date, a
 * national schedule written; see shared/topology/triggers.ts): the booked appointments of the
 * days taken away are cancelled for the hall (`cancelled-by-hall`, with the day's reason), each
 * place freed, and the outbox tells each applicant (AppointmentCancelled). The work is in
 * shared/services/appointments.ts; delivery is at least once and a replayed change finds
 * nothing left to cancel. Failed records are reported one by one (partial batch response).
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { HallCalendarDay, NationalYear } from '#domain/hall-setup';
import type { IsoDate } from '#domain/time';
import type { StoreDeps } from '#adapters/deps';
import { storeFromEnvironment } from '#adapters/environment';
import { hallRecords } from '#adapters/hall-records';
import { logger } from '#adapters/logger';
import { ENTITY, withoutKeys } from '#adapters/table';
import { cancelOnClosedDays } from '#services/appointments';
import { hallDayChange, nationalYearChange } from '#services/due-date-recompute';
import { lambdaEntry } from '#lambda/entry';

type Image = Record<string, AttributeValue> | undefined;
const image = <T>(i: Image): T | undefined => (i ? withoutKeys<T>(unmarshall(i)) : undefined);
const entityOf = (i: Image) => (i ? (unmarshall(i) as { entity?: string }).entity : undefined);

/** The halls and dates whose bookings a calendar change may take away. */
export interface Closure {
  halls: 'all' | string[];
  from: IsoDate;
  to: IsoDate;
}

/**
 * A hall day closed (not one whose reason alone changed), or a national year loaded or
 * corrected: from its first changed date to the year's end, in every hall (the day's status
 * decides, so a date that became a working day cancels nothing).
 */
export function closureOf(record: DynamoDBRecord): Closure | undefined {
  const after = record.dynamodb?.NewImage as Image;
  const before = record.dynamodb?.OldImage as Image;
  switch (entityOf(after)) {
    case ENTITY.hallCalendarDay: {
      const day = image<HallCalendarDay>(after)!;
      const change = hallDayChange(image<HallCalendarDay>(before), day);
      return change && !day.open ? { halls: change.halls, from: day.date, to: day.date } : undefined;
    }
    case ENTITY.nationalYear: {
      const year = image<NationalYear>(after)!;
      const change = nationalYearChange(image<NationalYear>(before), year);
      return change && { halls: 'all', from: change.from, to: `${year.year}-12-31` };
    }
    default:
      return undefined;
  }
}

const processor = new BatchProcessor(EventType.DynamoDBStreams);

async function cancelBatch(d: StoreDeps, event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> {
  return processPartialResponse(
    event,
    async (record: DynamoDBRecord) => {
      const closure = closureOf(record);
      if (!closure) return;
      try {
        const halls = closure.halls === 'all' ? await hallRecords.listHallIds(d) : closure.halls;
        const cancelled: Record<string, number> = {};
        for (const hallId of halls) cancelled[hallId] = await cancelOnClosedDays(d, hallId, closure.from, closure.to);
        logger.info('bookings of closed days cancelled', { from: closure.from, to: closure.to, cancelled });
      } catch (err) {
        logger.error('cancelling the bookings of closed days failed; the record will be retried', {
          eventID: record.eventID,
          error: err as Error,
        });
        throw err;
      }
    },
    processor,
    { context },
  );
}

export const handler = lambdaEntry(
  'appointment-closures',
  storeFromEnvironment,
  (d) => (event: DynamoDBStreamEvent, context) => cancelBatch(d, event, context),
);
