/**
 * The notification side of the local runtime: a file sink instead of the providers (each
 * message as a JSON line in DATA_DIR/outbox/notifications.jsonl, recipients masked, so a
 * newcomer sees what would have been sent), and a stand-in for the notification queue that
 * behaves like SQS with a Lambda event source: at least once, a failed message handed back
 * after its visibility timeout (or the time the consumer asked for, on the runtime's clock),
 * and after `maxReceiveCount` receipts to a dead-letter file.
 */
import { randomUUID } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { Clock } from '#adapters/clock';
import { logger } from '#adapters/logger';
import type { Address, NotificationChannels, NotificationDeps, OutgoingMessage } from '#adapters/notification-ports';
import { maskContact } from '#domain/contacts';
import { CHANNELS } from '#domain/notifications';
import { redactPersonalData } from '#domain/personal-data';
import { toOffsetIso } from '#domain/time';
import type { QueueSpec } from '#topology/triggers';

export const outboxFile = (stateDir: string) => join(stateDir, 'outbox', 'notifications.jsonl');

const shown = (to: Address) => {
  switch (to.kind) {
    case 'phone':
      return maskContact(to.phone);
    case 'email':
      return maskContact(to.address);
    case 'work-group':
      return `work-group:${to.hallId}`;
    case 'agency':
      return 'agency-admins';
  }
};

/** Every channel, written to a file: what would have been sent, without a contact in clear. */
export class FileSinkChannels implements NotificationChannels {
  readonly available = CHANNELS;

  constructor(
    private readonly file: string,
    private readonly clock: Clock,
  ) {}

  async send(m: OutgoingMessage): Promise<void> {
    const line = {
      at: toOffsetIso(this.clock.now()),
      notificationId: m.notificationId,
      hallId: m.hallId,
      channel: m.channel,
      to: shown(m.to),
      template: m.message.template,
      subject: m.message.subject,
      // A staff member's free text (a complaint's answer) could hold a number: scrubbed like the logs.
      text: redactPersonalData(m.message.text),
    };
    await mkdir(dirname(this.file), { recursive: true });
    await appendFile(this.file, `${JSON.stringify(line)}\n`);
  }
}

interface Message {
  messageId: string;
  body: string;
  sentAt: number;
  receiveCount: number;
  visibleAt: number;
  receiptHandle?: string;
  inFlight: boolean;
  /** Set by the consumer (ChangeMessageVisibility) for the current receipt. */
  visibilityOverride?: number;
}

export type QueueConsumer = (event: SQSEvent) => Promise<SQSBatchResponse | void>;

const POLL_MS = 200;

export class LocalQueue {
  private readonly messages = new Map<string, Message>();
  private pumping: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private consume: QueueConsumer = () => Promise.reject(new Error('The local queue has no consumer yet'));

  constructor(
    private readonly name: string,
    private readonly spec: QueueSpec,
    private readonly clock: Clock,
    private readonly deadLetterFile?: string,
  ) {}

  /** Starts delivering to the consumer, polling for messages whose visibility ran out on the runtime's clock. */
  start(consume: QueueConsumer): void {
    this.consume = consume;
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  send(body: string): void {
    const now = this.clock.now().getTime();
    const messageId = randomUUID();
    this.messages.set(messageId, { messageId, body, sentAt: now, receiveCount: 0, visibleAt: now, inFlight: false });
    this.kick();
  }

  /** ChangeMessageVisibility on a message being processed. */
  changeVisibility(receiptHandle: string, seconds: number): void {
    const message = [...this.messages.values()].find((m) => m.receiptHandle === receiptHandle && m.inFlight);
    if (message) message.visibilityOverride = seconds;
  }

  /** Messages waiting, in flight or not yet visible (the dead-lettered are gone). */
  get size(): number {
    return this.messages.size;
  }

  /** Resolves when nothing is visible or in flight (messages handed back for later do not count). */
  async drain(): Promise<void> {
    while (this.pumping || this.visible().length > 0) {
      this.kick();
      await this.pumping;
    }
  }

  private visible(): Message[] {
    const now = this.clock.now().getTime();
    return [...this.messages.values()].filter((m) => !m.inFlight && m.visibleAt <= now);
  }

  private kick(): void {
    this.pumping ??= this.pump().finally(() => (this.pumping = undefined));
  }

  private async pump(): Promise<void> {
    for (let batch = this.visible().slice(0, this.spec.batchSize); batch.length > 0; batch = this.visible().slice(0, this.spec.batchSize)) {
      const records = batch.map((m) => this.receive(m));
      let failed: Set<string>;
      try {
        const reply = await this.consume({ Records: records });
        failed = new Set((reply?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
      } catch (err) {
        logger.error('queue consumer failed; the whole batch comes back', { queue: this.name, error: err as Error });
        failed = new Set(batch.map((m) => m.messageId));
      }
      for (const m of batch) await this.settle(m, failed.has(m.messageId));
    }
  }

  private receive(m: Message): SQSRecord {
    m.receiveCount++;
    m.inFlight = true;
    m.receiptHandle = randomUUID();
    m.visibilityOverride = undefined;
    return {
      messageId: m.messageId,
      receiptHandle: m.receiptHandle,
      body: m.body,
      attributes: {
        ApproximateReceiveCount: String(m.receiveCount),
        SentTimestamp: String(m.sentAt),
        SenderId: 'local',
        ApproximateFirstReceiveTimestamp: String(m.sentAt),
      },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: `arn:aws:sqs:local:000000000000:${this.name}`,
      awsRegion: 'local',
    };
  }

  private async settle(m: Message, failed: boolean): Promise<void> {
    if (!failed) {
      this.messages.delete(m.messageId);
      return;
    }
    if (m.receiveCount >= this.spec.maxReceiveCount) {
      this.messages.delete(m.messageId);
      logger.error('message sent to the dead-letter queue', { queue: this.name, messageId: m.messageId, receiveCount: m.receiveCount });
      if (this.deadLetterFile) {
        await mkdir(dirname(this.deadLetterFile), { recursive: true });
        await appendFile(this.deadLetterFile, `${JSON.stringify({ queue: this.name, messageId: m.messageId, body: m.body })}\n`);
      }
      return;
    }
    m.visibleAt = this.clock.now().getTime() + (m.visibilityOverride ?? this.spec.visibilityTimeoutSeconds) * 1000;
    m.inFlight = false;
  }
}

/** The sender's ports on one machine: the file sink and this queue. */
export function localNotificationDeps(stateDir: string, clock: Clock, queue: LocalQueue): NotificationDeps {
  return {
    channels: new FileSinkChannels(outboxFile(stateDir), clock),
    redelivery: {
      after: (receiptHandle, seconds) => Promise.resolve(queue.changeVisibility(receiptHandle, seconds)),
    },
  };
}
