/** Reminders, stored once per (day, kind, subject), and the open work a day's reminders look at. */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Reminder } from '#domain/reminders';
import type { Deps } from './deps';
import { createIfNew, queryAll } from './dynamo';
import { dueWork, hallCollections, keys, withoutKeys } from './table';

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

export const reminderRecords = {
  /**
   * Stores the reminder unless it exists (running the job twice creates nothing new) and tells
   * whether it still has to be published: new, or stored by a run that failed to publish it.
   */
  async storeOnce(d: Deps, r: StoredReminder): Promise<'publish' | 'done'> {
    const key = keys.reminder(r.hallId, r.asOf, r.kind, r.subjectId);
    if (await createIfNew(d, key, { entity: 'reminder', ...r })) return 'publish';
    const out = await d.db.send(new GetCommand({ TableName: d.tableName, Key: key, ConsistentRead: true }));
    return out.Item?.publishedAt ? 'done' : 'publish';
  },

  async markPublished(d: Deps, r: StoredReminder, at: string): Promise<void> {
    await d.db.send(
      new UpdateCommand({
        TableName: d.tableName,
        Key: keys.reminder(r.hallId, r.asOf, r.kind, r.subjectId),
        UpdateExpression: 'SET publishedAt = :at',
        ExpressionAttributeValues: { ':at': at },
      }),
    );
  },

  async forDay(d: Deps, hallId: string, date: string): Promise<StoredReminder[]> {
    const { pk, skPrefix } = hallCollections.reminders(hallId, date);
    return (await queryAll<Record<string, unknown>>(d.db, d.tableName, { partition: pk, skPrefix })).map((i) =>
      withoutKeys<StoredReminder>(i),
    );
  },

  async dueThrough(d: Deps, hallId: string, through: string): Promise<DueRecord[]> {
    const { index, partition } = dueWork(hallId);
    // Sort keys are `<dueDate>#...`: everything due on `through` sorts before `<through>#~`.
    const items = await queryAll<Record<string, unknown>>(d.db, d.tableName, { index, partition, skAtMost: `${through}#~` });
    return items as unknown as DueRecord[];
  },

  /** An agency-level warning (e.g. a missing national schedule), once per day and kind. */
  warnAgencyOnce: (d: Deps, date: string, kind: string, detail: Record<string, unknown>) =>
    createIfNew(d, keys.agencyWarning(date, kind), { entity: 'agency-warning', date, kind, ...detail }),
};
