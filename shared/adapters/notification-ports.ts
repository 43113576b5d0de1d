/**
 * The notification sender's ports: the channels (one port, whatever the provider) and the
 * queue's redelivery (backoff, quiet hours). AWS adapters next to this file; the local runtime's in
 * local/notifications.ts.
 */
import type { Rendered } from '#domain/notification-template';
import type { Channel } from '#domain/notifications';

/**
 * Where a message goes: a citizen's phone or e-mail address (decrypted by the sender only), a
 * hall's work group (WeCom / DingTalk robot; the message addresses the staff member by name),
 * or the agency's administrators (their mailbox, or the agency's work group).
 */
export type Address =
  { kind: 'phone'; phone: string } | { kind: 'email'; address: string } | { kind: 'work-group'; hallId: string } | { kind: 'agency' };

export interface OutgoingMessage {
  notificationId: string;
  hallId: string;
  channel: Channel;
  to: Address;
  message: Rendered;
}

export interface NotificationChannels {
  /** The channels this deployment can send on (no e-mail where SES is not offered). */
  readonly available: readonly Channel[];
  /** Sends one message; throws on failure (a PermanentDeliveryError when retrying cannot help). */
  send(message: OutgoingMessage): Promise<void>;
}

/**
 * A provider's refusal or failure, described without personal data (an error code, never the
 * provider's message, which may repeat the number): safe to store on the delivery record.
 * Retried; any other error is recorded by its name only.
 */
export class DeliveryError extends Error {
  override readonly name: string = 'DeliveryError';
}

/** A failure no retry can fix (not a mobile number, no provider template, no robot for the hall): failed at once. */
export class PermanentDeliveryError extends DeliveryError {
  override readonly name = 'PermanentDeliveryError';
}

/** Asks the queue to hand a message back after `seconds` (instead of its default visibility timeout). */
export interface Redelivery {
  after(receiptHandle: string, seconds: number): Promise<void>;
}

export interface NotificationDeps {
  channels: NotificationChannels;
  redelivery: Redelivery;
}
