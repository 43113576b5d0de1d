/**
 * Records that accumulate (a case's or a complaint's history) must never outgrow DynamoDB's
 * 400 KB item limit, or the write fails and the record can never be concluded. Repeatable steps
 * (second notices, materials, responses, reprints…) are refused once a record passes its budget,
 * well below the limit; concluding steps stay possible (they add one entry of bounded size).
 */
import { refused } from './errors';

/** What a record may reach through repeatable steps: room remains for its conclusion and index keys. */
export const RECORD_BUDGET_BYTES = 300_000;

const encoder = new TextEncoder();

/** The record's size as DynamoDB roughly counts it: UTF-8 bytes (a Chinese character is 3). */
export const utf8Bytes = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

/** Refuses a further repeatable step on a record that has reached its budget. */
export function requireRoom(record: unknown, what: string): void {
  if (utf8Bytes(record) > RECORD_BUDGET_BYTES) {
    throw refused('RECORD_FULL', `${what} has reached the size a record may grow to; conclude it or start a new one`);
  }
}
