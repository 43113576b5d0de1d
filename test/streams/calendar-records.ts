/**
 * Stream records of the calendar as the table writes them: a hall's calendar day and a national
 * year, in the images the consumers that follow the calendar read (due dates, appointments).
 */
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { HallCalendarDay, NationalYear } from '#domain/hall-setup';
import { ENTITY, keys } from '#adapters/table';

const image = (item: object) => marshall(item, { removeUndefinedValues: true });

export function record(eventName: 'INSERT' | 'MODIFY', after: object, before?: object): DynamoDBRecord {
  return { eventName, dynamodb: { NewImage: image(after), ...(before ? { OldImage: image(before) } : {}) } } as DynamoDBRecord;
}

/** Hall h1's calendar day. */
export const day = (date: string, open: boolean, reason = '临时闭厅'): HallCalendarDay & { entity: string } => ({
  ...keys.hallCalendarDay('h1', date),
  entity: ENTITY.hallCalendarDay,
  hallId: 'h1',
  date,
  open,
  reason,
  updatedAt: '2025-09-26T09:00:00.000+08:00',
});

/** The national schedule of `year`, loaded in the November before. */
export const nationalYear =
  (year: number) =>
  (holidays: string[], workdays: string[] = []): NationalYear & { entity: string } => ({
    ...keys.nationalYear(year),
    entity: ENTITY.nationalYear,
    year,
    holidays,
    workdays,
    updatedAt: `${year - 1}-11-20T09:00:00.000+08:00`,
  });
