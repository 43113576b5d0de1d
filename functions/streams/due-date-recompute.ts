/**
 * Recomputes open cases' due dates when the working days change, fed by the table's stream
 * (filter: hall calendar days and national years written; see shared/topology/triggers.ts). The
 * work is in shared/services/due-date-recompute.ts; delivery is at least once and a replayed
 * change writes nothing. Failed records are reported one by one (partial batch response).
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { HallCalendarDay, NationalYear } from '#domain/hall-setup';
import type { StoreDeps } from '#adapters/deps';
import { storeFromEnvironment } from '#adapters/environment';
import { logger } from '#adapters/logger';
import { ENTITY, withoutKeys } from '#adapters/table';
import { applyCalendarChange, hallDayChange, nationalYearChange, type CalendarChange } from '#services/due-date-recompute';
import { lambdaEntry } from '#lambda/entry';

type Image = Record<string, AttributeValue> | undefined;
const image = <T>(i: Image): T | undefined => (i ? withoutKeys<T>(unmarshall(i)) : undefined);
const entityOf = (i: Image) => (i ? (unmarshall(i) as { entity?: string }).entity : undefined);

/** The change of working days a record stands for, if any. */
export function calendarChangeOf(record: DynamoDBRecord): CalendarChange | undefined {
  const after = record.dynamodb?.NewImage as Image;
  const before = record.dynamodb?.OldImage as Image;
  switch (entityOf(after)) {
    case ENTITY.hallCalendarDay:
      return hallDayChange(image<HallCalendarDay>(before), image<HallCalendarDay>(after)!);
    case ENTITY.nationalYear:
      return nationalYearChange(image<NationalYear>(before), image<NationalYear>(after)!);
    default:
      return undefined;
  }
}

const processor = new BatchProcessor(EventType.DynamoDBStreams);

async function recomputeBatch(d: StoreDeps, event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> {
  return processPartialResponse(
    event,
    async (record: DynamoDBRecord) => {
      const change = calendarChangeOf(record);
      if (!change) return;
      try {
        const moved = await applyCalendarChange(d, change);
        logger.info('due dates recomputed', { from: change.from, moved });
      } catch (err) {
        logger.error('due-date recomputation failed; the record will be retried', { eventID: record.eventID, error: err as Error });
        throw err;
      }
    },
    processor,
    { context },
  );
}

export const handler = lambdaEntry(
  'due-date-recompute',
  storeFromEnvironment,
  (d) => (event: DynamoDBStreamEvent, context) => recomputeBatch(d, event, context),
);
