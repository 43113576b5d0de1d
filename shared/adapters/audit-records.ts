/**
 * The hall's audit trail: every staff write, with who (and in which roles), what (the
 * operation), on what (the ids in the path), when and in which request — never a body, so
 * never personal data. Kept for good (no expiry): it is part of the official record.
 */
import type { Role } from '#domain/access';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreDeps as Deps } from './deps';
import { putRecord, recordPage, type Page, type PageQuery } from './dynamo';
import { auditLists, ENTITY, indexKeys, keys } from './table';

export interface AuditRecord {
  hallId: string;
  at: string;
  actor: string;
  roles: Role[];
  /** The operation (its operationId in the OpenAPI document). */
  action: string;
  /** The ids the call named (path parameters: hall, case, window, month…). */
  subject: Record<string, string>;
  requestId: string;
  /** Set when the write this record was written beside failed after all. */
  outcome?: 'not-completed';
}

export const auditRecords = {
  write: (d: Deps, a: AuditRecord) => putRecord(d, ENTITY.audit, keys.audit(a.hallId, a.at, a.requestId), a, indexKeys.audit(a)),

  /** The write the record was written beside failed: the trail keeps the attempt, marked. */
  markNotCompleted: (d: Deps, a: AuditRecord) =>
    d.db.send(
      new UpdateCommand({
        TableName: d.tableName,
        Key: keys.audit(a.hallId, a.at, a.requestId),
        UpdateExpression: 'SET outcome = :notCompleted',
        ExpressionAttributeValues: { ':notCompleted': 'not-completed' },
      }),
    ),

  /** A page of the trail between two instants (ISO timestamps in +08:00), newest first, optionally one actor's. */
  page: (
    d: Deps,
    hallId: string,
    q: { from: string; to: string; actor?: string },
    page: Pick<PageQuery, 'limit' | 'cursor'>,
  ): Promise<Page<AuditRecord>> =>
    recordPage<AuditRecord>(d, {
      ...(q.actor ? auditLists.byActor(hallId, q.actor, q.from, q.to) : auditLists.byHall(hallId, q.from, q.to)),
      newestFirst: true,
      ...page,
    }),
};
