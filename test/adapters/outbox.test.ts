/**
 * The outbox kept in the record (shared/adapters/outbox.ts): a change's event written with the
 * change, kept while unpublished (through later changes too), listed for the sweep, and gone —
 * event and index entry — once marked published. On the local store with its stream detached,
 * so nothing publishes behind the test's back.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conflict } from '#domain/errors';
import { addedEvents, dropEmptyPending, markPublished, pendingBefore, pendingOf, putWithEvent, type StoredItem } from '#adapters/outbox';
import { hallEvent } from '#events/contracts';
import { startHarness, type Harness } from '#local/harness/runtime';

let t: Harness;
beforeAll(async () => {
  t = await startHarness({ clock: '2025-09-26T09:00:00+08:00' });
  await t.runtime.store.stream.close();
});
afterAll(() => t.stop());

let n = 0;
/** A fresh record (a notification preference: the smallest record with an event). */
function preference(version: number, key = { pk: `CASE#c${++n}`, sk: 'NOTIFICATION-PREFERENCE' }): StoredItem {
  return { ...key, entity: 'notification-preference', hallId: 'h1', caseId: key.pk.slice(5), optOut: version % 2 === 0, version };
}
const changed = (item: StoredItem) =>
  hallEvent('NotificationPreferenceChanged', {
    hallId: 'h1',
    revision: item.version,
    caseId: item.caseId as string,
    optOut: item.optOut as boolean,
  });
const stale = () => conflict('CONFLICT', 'changed meanwhile');
const stored = async (item: StoredItem) =>
  (await t.runtime.deps.db.send(new GetCommand({ TableName: t.runtime.deps.tableName, Key: { pk: item.pk, sk: item.sk } }))).Item!;
const FAR_FUTURE = '9999-12-31';

describe('the outbox in the record', () => {
  it('writes the event with the change, and lists the record for the sweep until it is marked published', async () => {
    const v1 = preference(1);
    await putWithEvent(t.runtime.deps, v1, undefined, changed(v1), stale);
    const item = await stored(v1);
    expect(pendingOf(item)).toEqual({ 1: changed(v1) });
    expect(addedEvents(undefined, item)).toEqual([['1', changed(v1)]]);
    expect((await pendingBefore(t.runtime.deps, 'h1', FAR_FUTURE)).map((i) => i.pk)).toContain(v1.pk);
    // Not for another hall, nor before it was written.
    expect((await pendingBefore(t.runtime.deps, 'h2', FAR_FUTURE)).map((i) => i.pk)).not.toContain(v1.pk);
    expect((await pendingBefore(t.runtime.deps, 'h1', '2025-09-26T08:59:59.999+08:00')).map((i) => i.pk)).not.toContain(v1.pk);

    await markPublished(t.runtime.deps, v1, '1');
    const published = await stored(v1);
    expect(published).not.toHaveProperty('pendingEvents');
    expect(published).not.toHaveProperty('pendingPk');
    expect((await pendingBefore(t.runtime.deps, 'h1', FAR_FUTURE)).map((i) => i.pk)).not.toContain(v1.pk);
    // Marking twice (a redelivery) changes nothing.
    await markPublished(t.runtime.deps, v1, '1');
    expect(await stored(v1)).toEqual(published);
  });

  it('keeps an unpublished event through later changes, with or without events of their own', async () => {
    const v1 = preference(1);
    await putWithEvent(t.runtime.deps, v1, undefined, changed(v1), stale);
    const v2 = { ...v1, version: 2, optOut: true };
    await putWithEvent(t.runtime.deps, v2, 1, changed(v2), stale);
    const v3 = { ...v2, version: 3 };
    await putWithEvent(t.runtime.deps, v3, 2, undefined, stale);
    expect(pendingOf(await stored(v3))).toEqual({ 1: changed(v1), 2: changed(v2) });

    await markPublished(t.runtime.deps, v3, '1');
    expect(pendingOf(await stored(v3))).toEqual({ 2: changed(v2) });
    expect(await stored(v3)).toHaveProperty('pendingPk');
    await markPublished(t.runtime.deps, v3, '2');
    expect(await stored(v3)).not.toHaveProperty('pendingPk');
  });

  it('tells a change’s own event from those an earlier change left (and a put brought back)', () => {
    const e1 = changed(preference(1));
    const e2 = changed(preference(2));
    expect(addedEvents({ version: 1, pendingEvents: { 1: e1 } }, { version: 2, pendingEvents: { 1: e1, 2: e2 } })).toEqual([['2', e2]]);
    // The leftover put back after the write: same revision, nothing new.
    expect(addedEvents({ version: 2, pendingEvents: { 2: e2 } }, { version: 2, pendingEvents: { 1: e1, 2: e2 } })).toEqual([]);
    // Marked published: nothing new either.
    expect(addedEvents({ version: 2, pendingEvents: { 1: e1, 2: e2 } }, { version: 2, pendingEvents: { 2: e2 } })).toEqual([]);
    // A change without an event of its own.
    expect(addedEvents({ version: 2, pendingEvents: { 2: e2 } }, { version: 3, pendingEvents: { 2: e2 } })).toEqual([]);
    expect(addedEvents(undefined, { version: 1, pendingEvents: { 1: e1 } })).toEqual([['1', e1]]);
  });

  it('refuses a stale change as the repository says, and leaves the record as it was', async () => {
    const v1 = preference(1);
    await putWithEvent(t.runtime.deps, v1, undefined, changed(v1), stale);
    await expect(putWithEvent(t.runtime.deps, { ...v1, version: 5 }, 4, undefined, stale)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(pendingOf(await stored(v1))).toEqual({ 1: changed(v1) });
  });

  it('takes a record whose map was emptied by two markings at once off the index', async () => {
    const v1 = preference(1);
    await putWithEvent(
      t.runtime.deps,
      { ...v1, pendingEvents: {}, pendingPk: 'HALL#h1#PENDING', pendingSk: 'x' },
      undefined,
      undefined,
      stale,
    );
    await dropEmptyPending(t.runtime.deps, v1);
    expect(await stored(v1)).not.toHaveProperty('pendingPk');
  });
});
