/** Reminders, stored once per (day, kind, subject), and the open work a day's reminders look at. */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Reminder } from '#domain/reminders';
import { toOffsetIso } from '#domain/time';
import type { StoreDeps as Deps } from './deps';
import { createIfNew, record, records } from './dynamo';
import { dueWork, ENTITY, hallCollections, keys, type Key } from './table';

export interface StoredReminder extends Reminder {
  hallId: string;
  asOf: string;
  reminderId: string;
  publishedAt?: string;
}

/** Open cases and complaints due on or before `through`, from the sparse due-date index. */
export interface DueRecord {
  caseId?: string;
  /** Set for complaints and rectifications (which may also name a case). */
  complaintId?: string;
  windowId?: string;
  assignee?: string;
  dueDate: string;
}

/**
 * Stores a record unless it exists (running a job twice creates nothing new) and publishes its
 * event unless an earlier run already did: stored first, marked published after, so a publish
 * that failed is retried by the next run instead of being lost. True when this call published.
 */
async function publishOnce(d: Deps, key: Key, item: Record<string, unknown>, publish: () => Promise<void>): Promise<boolean> {
  if (!(await createIfNew(d, key, item))) {
    if ((await record<{ publishedAt?: string }>(d, key, true))?.publishedAt) return false;
  }
  await publish();
  await d.db.send(
    new UpdateCommand({
      TableName: d.tableName,
      Key: key,
      UpdateExpression: 'SET publishedAt = :at',
      ExpressionAttributeValues: { ':at': toOffsetIso(d.clock.now()) },
    }),
  );
  return true;
}

export const reminderRecords = {
  /** Stores the reminder once per (day, kind, subject) and publishes it once (see `publishOnce`). */
  storeAndPublishOnce: (d: Deps, r: StoredReminder, publish: () => Promise<void>) =>
    publishOnce(d, keys.reminder(r.hallId, r.asOf, r.kind, r.subjectId), { entity: ENTITY.reminder, ...r }, publish),

  forDay: (d: Deps, hallId: string, date: string) => records<StoredReminder>(d, hallCollections.reminders(hallId, date)),

  dueThrough: (d: Deps, hallId: string, through: string) => records<DueRecord>(d, dueWork(hallId, through)),

  /** An agency-level warning (e.g. a missing national schedule), published once per day and kind. */
  warnAgencyOnce: (d: Deps, date: string, kind: string, detail: Record<string, unknown>, publish: () => Promise<void>) =>
    publishOnce(d, keys.agencyWarning(date, kind), { entity: ENTITY.agencyWarning, date, kind, ...detail }, publish),
};
