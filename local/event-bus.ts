/**
 * The local stand-in for the hall's EventBridge bus: it keeps what was published (for
 * inspection and tests, and as JSON lines under the state folder) and delivers events to the
 * functions of the rules in shared/topology/triggers.ts, asynchronously, as EventBridge does,
 * and to the queues that subscribe to them (`queues`), as an EventBridge rule with an SQS target.
 * A delivery to a function that fails every attempt is parked in the jobs dead-letter queue, as
 * Lambda's on-failure destination parks it in AWS (`npm run replay -- jobs` runs it again).
 */
import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EVENT_SOURCE, type EventPublisher, type HallEvent } from '#events/contracts';
import { eventRules, queues, type QueueName } from '#topology/triggers';
import { LocalDeadLetterQueue } from './dead-letter-queue';
import { invokeAsync, type Invoke } from './functions';

/** What the bus sends to a queue: the message body, the EventBridge event as JSON. */
export interface QueueTarget {
  send(body: string): void;
}

export interface PublishedEvent {
  version: '0';
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: HallEvent['detail'];
}

export class LocalEventBus implements EventPublisher {
  readonly published: PublishedEvent[] = [];
  private readonly deliveries = new Set<Promise<void>>();

  private invoke: Invoke = () => Promise.reject(new Error('The local event bus is not connected to functions yet'));
  private queueTargets: Partial<Record<QueueName, QueueTarget>> = {};

  constructor(
    private readonly logFile?: string,
    private readonly deadLetters?: LocalDeadLetterQueue,
  ) {}

  /** The functions and queues the rules deliver to (made after the bus, since they publish to it). */
  connect(invoke: Invoke, queueTargets: Partial<Record<QueueName, QueueTarget>> = {}): void {
    this.invoke = invoke;
    this.queueTargets = queueTargets;
  }

  static inStateDir(stateDir: string | undefined) {
    return stateDir ? new LocalEventBus(join(stateDir, 'events.jsonl'), LocalDeadLetterQueue.open(stateDir, 'jobs')) : new LocalEventBus();
  }

  async publish(events: HallEvent[]): Promise<void> {
    const envelopes = events.map((e): PublishedEvent => ({
      version: '0',
      id: randomUUID(),
      'detail-type': e.type,
      source: EVENT_SOURCE,
      account: '000000000000',
      time: new Date().toISOString(),
      region: 'local',
      resources: [],
      detail: e.detail,
    }));
    this.published.push(...envelopes);
    if (this.logFile) await appendFile(this.logFile, envelopes.map((e) => `${JSON.stringify(e)}\n`).join(''));
    for (const envelope of envelopes) {
      for (const rule of Object.values(eventRules)) {
        if (rule.detailType === envelope['detail-type']) this.deliver(rule.function, envelope);
      }
      for (const [name, queue] of Object.entries(queues) as [QueueName, (typeof queues)[QueueName]][]) {
        if ((queue.detailTypes as readonly string[]).includes(envelope['detail-type']))
          this.queueTargets[name]?.send(JSON.stringify(envelope));
      }
    }
  }

  /** Resolves when every delivery started so far has finished (one-off invocations wait for it). */
  async drain(): Promise<void> {
    while (this.deliveries.size > 0) await Promise.allSettled([...this.deliveries]);
  }

  private deliver(fn: Parameters<Invoke>[0], envelope: PublishedEvent): void {
    const delivery = invokeAsync(this.invoke, fn, envelope, this.deadLetters);
    this.deliveries.add(delivery);
    void delivery.finally(() => this.deliveries.delete(delivery));
  }
}
