/** Reminders, stored once per (day, kind, subject), and the open work a day's reminders look at. */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Reminder } from '#domain/reminders';
import type { Deps } from './deps';
import { createIfNew, queryAll, records } from './dynamo';
import { dueWork, hallCollections, keys, type Key } from './table';
import { toOffsetIso } from '#domain/time';

export interface StoredReminder extends Reminder {
  hallId: string;
  asOf: string;
  reminderId: string;
  publishedAt?: string;
}

/** Open cases and complaints due on or before `through`, from the sparse due-date index. */
export interface DueRecord {
  entity: 'case' | 'complaint';
  caseId?: string;
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
    const out = await d.db.send(new GetCommand({ TableName: d.tableName, Key: key, ConsistentRead: true }));
    if (out.Item?.publishedAt) return false;
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
    publishOnce(d, keys.reminder(r.hallId, r.asOf, r.kind, r.subjectId), { entity: 'reminder', ...r }, publish),

  forDay: (d: Deps, hallId: string, date: string) => records<StoredReminder>(d, hallCollections.reminders(hallId, date)),

  async dueThrough(d: Deps, hallId: string, through: string): Promise<DueRecord[]> {
    const { index, partition } = dueWork(hallId);
    // Sort keys are `<dueDate>#...`: everything due on `through` sorts before `<through>#~`.
    const items = await queryAll<Record<string, unknown>>(d.db, d.tableName, { index, partition, skAtMost: `${through}#~` });
    return items as unknown as DueRecord[];
  },

  /** An agency-level warning (e.g. a missing national schedule), published once per day and kind. */
  warnAgencyOnce: (d: Deps, date: string, kind: string, detail: Record<string, unknown>, publish: () => Promise<void>) =>
    publishOnce(d, keys.agencyWarning(date, kind), { entity: 'agency-warning', date, kind, ...detail }, publish),
};
