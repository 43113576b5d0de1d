/**
 * The event publisher port and its EventBridge adapter. PutEvents can fail per entry while the
 * call succeeds; failed entries are retried with backoff and, if they still fail, the call
 * throws so the caller (and its retry policy) knows: an event is never dropped silently.
 */
import { EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { EVENT_SOURCE, type EventPublisher, type HallEvent } from '#events/contracts';
import { required } from './environment';

const MAX_ENTRIES_PER_CALL = 10;

export class EventBridgePublisher implements EventPublisher {
  constructor(
    private readonly client: EventBridgeClient,
    private readonly busName: string,
    private readonly attempts = 4,
    private readonly sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
  ) {}

  async publish(events: HallEvent[]): Promise<void> {
    for (let i = 0; i < events.length; i += MAX_ENTRIES_PER_CALL) {
      await this.putWithRetry(events.slice(i, i + MAX_ENTRIES_PER_CALL).map((e) => this.entry(e)));
    }
  }

  private entry(event: HallEvent): PutEventsRequestEntry {
    return { EventBusName: this.busName, Source: EVENT_SOURCE, DetailType: event.type, Detail: JSON.stringify(event.detail) };
  }

  private async putWithRetry(entries: PutEventsRequestEntry[]): Promise<void> {
    let pending = entries;
    for (let attempt = 1; ; attempt++) {
      const out = await this.client.send(new PutEventsCommand({ Entries: pending }));
      if (!out.FailedEntryCount) return;
      // Results are positional: keep exactly the entries that carry an error code.
      pending = pending.filter((_, i) => out.Entries?.[i]?.ErrorCode);
      if (pending.length === 0) throw new Error(`PutEvents reported ${out.FailedEntryCount} failed entries without naming them`);
      if (attempt >= this.attempts) {
        const codes = [...new Set(out.Entries?.map((e) => e.ErrorCode).filter(Boolean))].join(', ');
        throw new Error(`PutEvents failed for ${pending.length} event(s) after ${attempt} attempts: ${codes}`);
      }
      await this.sleep(100 * 2 ** attempt);
    }
  }
}

/** The publisher of a function granted the hall bus (EVENT_BUS_NAME). */
export const eventsFromEnvironment = (): EventPublisher => new EventBridgePublisher(new EventBridgeClient({}), required('EVENT_BUS_NAME'));
