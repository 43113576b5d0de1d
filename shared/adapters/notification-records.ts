/**
 * Notification deliveries, one record per (event, recipient, channel), and the applicants'
 * opt-outs. A delivery is claimed by a conditional put (a redelivered event finds it), and each
 * attempt by a conditional update that only one sender can win (a lease), so two deliveries of
 * the same event never send twice; its outcome is written under the same attempt number.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { conflict } from '#domain/errors';
import type { NotificationPreference } from '#domain/notification-preferences';
import type { Channel, DeliveryStatus } from '#domain/notifications';
import type { StoreDeps as Deps } from './deps';
import { preferenceEventFor } from '#events/changes';
import { createIfNew, isConditionalCheckFailure, record, records } from './dynamo';
import { putWithEvent } from './outbox';
import { ENTITY, indexKeys, keys, notificationLists } from './table';

export interface Delivery {
  notificationId: string;
  hallId: string;
  /** The business date it was first handled: the day it is listed under. */
  date: string;
  /** The event's detail-type. */
  event: string;
  /** The template. */
  kind: string;
  channel: Channel;
  /** Masked (139****0000, w***@example.gov.cn) or a staff id: never a contact in clear. */
  recipient: string;
  status: DeliveryStatus;
  attempts: number;
  createdAt: string;
  /** An SMS held by the quiet hours until then. */
  heldUntil?: string;
  sentAt?: string;
  failedAt?: string;
  /** The last failure's kind (an error code, never a provider's message). */
  lastError?: string;
  /** Epoch ms until which an attempt in progress holds the delivery. */
  leaseUntil?: number;
}

/** Reads the updated record, or undefined when the condition did not hold. */
async function updateIf(
  d: Deps,
  notificationId: string,
  update: Omit<ConstructorParameters<typeof UpdateCommand>[0], 'TableName' | 'Key'>,
) {
  try {
    const out = await d.db.send(
      new UpdateCommand({ TableName: d.tableName, Key: keys.notification(notificationId), ReturnValues: 'ALL_NEW', ...update }),
    );
    return out.Attributes as Delivery | undefined;
  } catch (err) {
    if (isConditionalCheckFailure(err)) return undefined;
    throw err;
  }
}

export const notificationRecords = {
  /** Creates the delivery's record unless it exists; true when this call created it. */
  claim: (d: Deps, n: Delivery) =>
    createIfNew(d, keys.notification(n.notificationId), { ...indexKeys.notification(n), entity: ENTITY.notification, ...n }),

  get: (d: Deps, notificationId: string) => record<Delivery>(d, keys.notification(notificationId), true),

  /**
   * Starts the next attempt of a queued delivery nobody else is attempting (or whose attempt
   * outlived its lease: a sender that died): its attempt number, or undefined.
   */
  async startAttempt(d: Deps, notificationId: string, nowMs: number, leaseMs: number): Promise<number | undefined> {
    const updated = await updateIf(d, notificationId, {
      ConditionExpression: '#status = :queued AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)',
      UpdateExpression: 'SET leaseUntil = :until, attempts = attempts + :one REMOVE heldUntil',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':queued': 'queued', ':now': nowMs, ':until': nowMs + leaseMs, ':one': 1 },
    });
    return updated?.attempts;
  },

  /** The outcome of attempt `attempt`: sent, queued again for a retry, or failed for good. */
  finishAttempt: (d: Deps, notificationId: string, attempt: number, outcome: { status: DeliveryStatus; at: string; error?: string }) =>
    updateIf(d, notificationId, {
      ConditionExpression: '#status = :queued AND attempts = :attempt',
      UpdateExpression:
        outcome.status === 'sent'
          ? 'SET #status = :status, sentAt = :at REMOVE leaseUntil, lastError'
          : `SET #status = :status, lastError = :error${outcome.status === 'failed' ? ', failedAt = :at' : ''} REMOVE leaseUntil`,
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':queued': 'queued',
        ':attempt': attempt,
        ':status': outcome.status,
        ...(outcome.status === 'sent'
          ? { ':at': outcome.at }
          : { ':error': outcome.error ?? 'Error', ...(outcome.status === 'failed' ? { ':at': outcome.at } : {}) }),
      },
    }),

  /** Marks a queued SMS as held by the quiet hours (shown in the list until it goes out). */
  hold: (d: Deps, notificationId: string, until: string) =>
    updateIf(d, notificationId, {
      ConditionExpression: '#status = :queued',
      UpdateExpression: 'SET heldUntil = :until',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':queued': 'queued', ':until': until },
    }),

  forDay: (d: Deps, hallId: string, date: string) => records<Delivery>(d, notificationLists.byDay(hallId, date)),
};

export interface OptOut {
  optOut: boolean;
  /** When the applicant chose: a later choice (from another of their cases) wins. */
  chosenAt: string;
}

export const optOutRecords = {
  async isOptedOut(d: Deps, pseudonym: string): Promise<boolean> {
    return (await record<OptOut>(d, keys.optOut(pseudonym), true))?.optOut === true;
  },

  /** Keeps the latest choice per phone (never the phone: its pseudonym); an older one arriving late changes nothing. */
  async choose(d: Deps, pseudonym: string, choice: OptOut): Promise<void> {
    try {
      await d.db.send(
        new UpdateCommand({
          TableName: d.tableName,
          Key: keys.optOut(pseudonym),
          ConditionExpression: 'attribute_not_exists(pk) OR chosenAt <= :at',
          UpdateExpression: 'SET entity = :entity, optOut = :optOut, chosenAt = :at',
          ExpressionAttributeValues: { ':entity': ENTITY.optOut, ':optOut': choice.optOut, ':at': choice.chosenAt },
        }),
      );
    } catch (err) {
      if (!isConditionalCheckFailure(err)) throw err;
    }
  },
};

export const preferenceRecords = {
  get: (d: Deps, caseId: string) => record<NotificationPreference>(d, keys.notificationPreference(caseId), true),

  /** The next version of a case's preference (optimistic concurrency, like every record). */
  async save(d: Deps, previous: NotificationPreference | undefined, next: NotificationPreference): Promise<NotificationPreference> {
    await putWithEvent(
      d,
      { ...keys.notificationPreference(next.caseId), entity: ENTITY.notificationPreference, ...next },
      previous?.version,
      preferenceEventFor(next),
      () => conflict('CONFLICT', `The notification preference of case ${next.caseId} was changed meanwhile; retry`),
    );
    return next;
  },
};
