/**
 * The event contracts against their samples (events/samples/eventbridge/<DetailType>.json):
 * every schema has a sample, every sample's detail parses strictly (no field the schema does
 * not know), so samples and contracts cannot drift apart; and hallEvent() refuses a malformed
 * detail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventSchemas, hallEvent, type EventType } from '../../events/contracts';
import { EVENT_SOURCE } from '#events/contracts';
import { eventRules } from '#topology/triggers';
import type { PublishedEvent } from '../../local/event-bus';

const dir = new URL('../../events/samples/eventbridge/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const types = Object.keys(eventSchemas) as EventType[];

/** The samples are what consumers receive: the envelope the local bus builds too. */
type Envelope = PublishedEvent;

const text = (type: string) => readFileSync(new URL(`${type}.json`, dir), 'utf8');
const sample = (type: string) => JSON.parse(text(type)) as Envelope;

describe('EventBridge samples', () => {
  it('exist for every event schema, and only for those', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...types].sort());
  });

  it.each(types)('%s: a full EventBridge envelope from source hall', (type) => {
    const e = sample(type);
    expect(Object.keys(e).sort()).toEqual(['account', 'detail', 'detail-type', 'id', 'region', 'resources', 'source', 'time', 'version']);
    expect(e).toMatchObject({ version: '0', 'detail-type': type, source: EVENT_SOURCE, resources: [] });
    expect(e.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(e.account).toMatch(/^\d{12}$/);
    expect(e.region).toMatch(/^[a-z]{2}(-[a-z]+)+-\d$/);
    expect(e.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(Number.isNaN(Date.parse(e.time))).toBe(false);
  });

  it.each(types)('%s: the detail parses strictly against its schema', (type) => {
    const { detail } = sample(type);
    expect(eventSchemas[type].strict().parse(detail)).toEqual(detail);
    // What hallEvent() builds from it is the same detail.
    const { version: _version, ...rest } = detail;
    expect(hallEvent(type, rest as never)).toEqual({ type, detail });
  });

  it.each(types)('%s: no personal data (no encrypted field, mobile number or ID number)', (type) => {
    const raw = text(type);
    expect(raw).not.toMatch(/Cipher"/);
    expect(raw).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
    expect(raw).not.toMatch(/(?<![0-9A-Z])\d{17}[\dX](?![0-9A-Z])/);
    expect(Object.keys(sample(type).detail)).not.toEqual(expect.arrayContaining(['applicant']));
  });

  it('cover every detail-type a bus rule matches on', () => {
    for (const rule of Object.values(eventRules)) expect(types).toContain(rule.detailType);
  });

  it('a field the schema does not know fails the strict parse (what keeps samples honest)', () => {
    const { detail } = sample('CaseAccepted');
    expect(() => eventSchemas.CaseAccepted.strict().parse({ ...detail, applicantName: '王*明' })).toThrow();
  });
});

describe('hallEvent()', () => {
  const accepted = {
    hallId: 'h1',
    revision: 1,
    caseId: '01K61RHEM00000000000000001',
    windowId: 'w1',
    itemId: 'record',
    acceptedAt: '2025-09-26T09:00:00.000+08:00',
    dueDate: '2025-09-28',
    provisional: false,
  };

  it('adds the version and keeps the detail', () => {
    expect(hallEvent('CaseAccepted', accepted)).toEqual({ type: 'CaseAccepted', detail: { version: '1', ...accepted } });
  });

  it.each([
    ['a missing field', { ...accepted, dueDate: undefined }],
    ['a wrong type', { ...accepted, revision: '1' }],
    ['a revision that is not a positive integer', { ...accepted, revision: 0 }],
    ['no hall', { ...accepted, hallId: undefined }],
  ])('rejects a CaseAccepted detail with %s', (_what, detail) => {
    expect(() => hallEvent('CaseAccepted', detail as never)).toThrow();
  });

  it('rejects a value outside an enum', () => {
    expect(() =>
      hallEvent('ComplaintRouted', {
        hallId: 'h1',
        revision: 2,
        complaintId: '01K61RHEM00000000000000002',
        source: 'complaint',
        route: 'c-post' as never,
        dueDate: '2025-10-10',
      }),
    ).toThrow();
    expect(() =>
      hallEvent('MonthlyRankingPublished', {
        hallId: 'h1',
        month: '2025-09',
        status: 'draft' as never,
        revision: 1,
        topFive: [],
        bottomFive: [],
      }),
    ).toThrow();
  });

  it('rejects a NationalCalendarMissing whose years are not numbers', () => {
    expect(() => hallEvent('NationalCalendarMissing', { hallId: '*', asOf: '2026-11-15', years: ['2027'] as never })).toThrow();
  });

  it('rejects a detail that claims another version', () => {
    expect(() => hallEvent('HallScoringRequested', { hallId: 'h1', month: '2025-09', version: '2' } as never)).toThrow();
  });
});
