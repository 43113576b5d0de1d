/**
 * A hall's set-up as requests use it — its items, its working-day calendar and the rules in
 * force — kept per container (Lambda execution environment) so that a case intake or decision
 * does not read it again on every request.
 *
 * Staleness: none in the normal course. Every request already reads the hall's set-up revision
 * in its first round trip (`hallRecords.forRequest`, strongly consistent), and every write to
 * an item, a calendar day, a national year or a rules version moves that revision once its
 * record is written (`hallRecords.changed`): the next request anywhere sees the new revision
 * and reads the set-up again. A set-up write whose invocation died between its record and its
 * revision (it answered 5xx, so the administrator retries) would leave containers on the old
 * set-up: `MAX_AGE_MS` bounds that at 5 minutes, the same bound the cipher's data keys have.
 */
import type { Calendar } from '#domain/calendar';
import type { Item } from '#domain/hall-setup';
import type { HallRules } from '#domain/hall-rules';
import type { StoreDeps } from './deps';
import { loadHallCalendar } from './hall-calendar';
import { hallRecords } from './hall-records';
import { hallRules } from './hall-rules';

/** The backstop for a revision that was never moved (see above). */
export const MAX_AGE_MS = 5 * 60_000;
/** Halls kept per container; many halls share one backend, few call one container at a time. */
export const MAX_HALLS = 200;

/** The set-up of the hall a request is about, as of its revision. */
export interface HallSetupView {
  item(itemId: string): Promise<Item | undefined>;
  calendar(): Promise<Calendar>;
  rulesInForce(month: string): Promise<HallRules>;
}

interface Entry {
  revision: string;
  loadedAt: number;
  items: Map<string, Promise<Item | undefined>>;
  calendar?: Promise<Calendar>;
  rules: Map<string, Promise<HallRules>>;
}

export class SetupCache {
  /** Per table client: one per container in AWS; locally one per runtime, however many share the process. */
  private readonly byStore = new WeakMap<object, Map<string, Entry>>();

  constructor(private readonly elapsed: () => number = () => performance.now()) {}

  /** The hall's set-up at `revision`: read from the table once per container, revision and 5 minutes. */
  of(d: StoreDeps, hallId: string, revision: string): HallSetupView {
    let halls = this.byStore.get(d.db);
    if (!halls) this.byStore.set(d.db, (halls = new Map<string, Entry>()));
    const entry = this.entry(halls, hallId, revision);
    return {
      item: (itemId) => remembered(entry.items, itemId, () => hallRecords.getItem(d, hallId, itemId)),
      calendar: () => (entry.calendar ??= forgetOnFailure(loadHallCalendar(d, hallId), () => delete entry.calendar)),
      rulesInForce: (month) => remembered(entry.rules, month, () => hallRules.inForce(d, hallId, month)),
    };
  }

  private entry(halls: Map<string, Entry>, hallId: string, revision: string): Entry {
    const now = this.elapsed();
    const kept = halls.get(hallId);
    if (kept && kept.revision === revision && now - kept.loadedAt < MAX_AGE_MS) return kept;
    const fresh: Entry = { revision, loadedAt: now, items: new Map(), rules: new Map() };
    // Re-inserted at the end: the first hall in the map is the one least recently refreshed.
    halls.delete(hallId);
    halls.set(hallId, fresh);
    if (halls.size > MAX_HALLS) halls.delete(halls.keys().next().value!);
    return fresh;
  }
}

/** One read per key, shared by concurrent requests; a failed read is not remembered. */
function remembered<T>(memo: Map<string, Promise<T>>, key: string, read: () => Promise<T>): Promise<T> {
  const known = memo.get(key);
  if (known) return known;
  const reading = forgetOnFailure(read(), () => memo.delete(key));
  memo.set(key, reading);
  return reading;
}

function forgetOnFailure<T>(reading: Promise<T>, forget: () => unknown): Promise<T> {
  reading.catch(forget);
  return reading;
}

/** The container's cache (module scope lives as long as the execution environment). */
export const setupCache = new SetupCache();
