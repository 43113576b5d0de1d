/**
 * Ratings from a window's device: which services a case has, and when the device of a window
 * may rate it (spec/DOMAIN.md "Walk-in queue (排队叫号) and window rating devices").
 */
import { describe, expect, it } from 'vitest';
import type { Case } from '../../shared/domain/cases';
import { DEVICE_RATING_MINUTES, rateableServiceAt, servicesOf, type ServiceAtWindow } from '../../shared/domain/device-ratings';
import { DomainError } from '../../shared/domain/errors';
import { call, issueTicket, serve, type Ticket } from '../../shared/domain/queue';

const at = (hhmmss: string) => new Date(`2025-10-09T${hhmmss}+08:00`);
const iso = (hhmmss: string) => `2025-10-09T${hhmmss}.000+08:00`;
const groups = [{ group: 'A', itemIds: ['record'], dailyCap: 100 }];

type Rated = Parameters<typeof servicesOf>[0];
const aCase = (c: Partial<Case>): Rated => ({
  caseId: 'c1',
  status: 'accepted',
  windowId: 'w1',
  concludedBy: 's-chief',
  history: [],
  ...c,
});

/** A ticket served at `windowId` at `servedAt` by `by`, linked to `caseId`. */
function served(windowId: string, servedAt: string, caseId = 'c1', n = 1, by = 's-a'): Ticket {
  const t = issueTicket({ hallId: 'h1', itemId: 'record', n, by: 'kiosk' }, groups, at('08:30:00'));
  const w = { windowId, itemIds: ['record'] };
  return serve(call(t, w, 's-b', at('08:40:00')), windowId, by, at(servedAt), caseId);
}

describe('servicesOf', () => {
  const concluded = [{ windowId: 'w1', at: iso('10:00:00'), by: 's-chief' }];
  it.each([
    { status: 'approved', concludedAt: iso('10:00:00'), expected: concluded },
    { status: 'rejected', concludedAt: iso('10:00:00'), expected: concluded },
    { status: 'not-accepted', concludedAt: iso('10:00:00'), expected: concluded },
    { status: 'withdrawn', concludedAt: iso('10:00:00'), expected: concluded },
    // Closed by the daily job: nobody stood at the window.
    { status: 'closed-incomplete', concludedAt: iso('08:00:00'), expected: [] },
    { status: 'accepted', concludedAt: undefined, expected: [] },
    { status: 'awaiting-materials', concludedAt: undefined, expected: [] },
  ] as const)('a case $status has $expected.length service(s) of its own', ({ status, concludedAt, expected }) => {
    expect(servicesOf(aCase({ status, ...(concludedAt ? { concludedAt } : {}) }), [])).toEqual(expected);
  });

  it('adds every ticket served with the case, and only those, each by whoever served it', () => {
    const tickets = [
      served('w2', '09:10:00', 'c1', 1, 's-w2'),
      served('w1', '09:30:00', 'c1', 2),
      served('w1', '09:40:00', 'other-case', 3),
    ];
    expect(servicesOf(aCase({}), tickets)).toEqual([
      { windowId: 'w2', at: iso('09:10:00'), by: 's-w2' },
      { windowId: 'w1', at: iso('09:30:00'), by: 's-a' },
    ]);
  });
});

describe('rateableServiceAt (the device of window w1)', () => {
  const services = (...list: [string, string][]): ServiceAtWindow[] =>
    list.map(([windowId, hhmmss]) => ({ windowId, at: iso(hhmmss), by: `staff of ${windowId} at ${hhmmss}` }));
  const refusal = (list: ServiceAtWindow[], now: string) => {
    try {
      return `accepted: ${rateableServiceAt('c1', 'w1', list, at(now)).by}`;
    } catch (err) {
      expect(err).toBeInstanceOf(DomainError);
      const { kind, code } = err as DomainError;
      return `${kind} ${code}`;
    }
  };

  it.each([
    { what: 'served here just now', list: services(['w1', '10:00:00']), now: '10:00:00', expected: 'accepted: staff of w1 at 10:00:00' },
    { what: 'served here 29:59 ago', list: services(['w1', '10:00:00']), now: '10:29:59', expected: 'accepted: staff of w1 at 10:00:00' },
    { what: 'served here 30:00 ago', list: services(['w1', '10:00:00']), now: '10:30:00', expected: 'refused RATING_WINDOW_CLOSED' },
    { what: 'served here two hours ago', list: services(['w1', '08:00:00']), now: '10:00:00', expected: 'refused RATING_WINDOW_CLOSED' },
    // A clock a little behind the one that recorded the service is no reason to refuse.
    {
      what: 'served here a second "in the future"',
      list: services(['w1', '10:00:01']),
      now: '10:00:00',
      expected: 'accepted: staff of w1 at 10:00:01',
    },
    { what: 'served at w2 only', list: services(['w2', '10:00:00']), now: '10:05:00', expected: 'forbidden SERVED_AT_OTHER_WINDOW' },
    { what: 'never served', list: [], now: '10:00:00', expected: 'refused CASE_NOT_SERVED' },
    {
      what: 'served here long ago, then at w2 just now',
      list: services(['w1', '08:00:00'], ['w2', '10:00:00']),
      now: '10:01:00',
      expected: 'refused RATING_WINDOW_CLOSED',
    },
    {
      what: 'served here long ago, and again here just now (the latest is rated)',
      list: services(['w1', '09:50:00'], ['w1', '08:00:00']),
      now: '10:01:00',
      expected: 'accepted: staff of w1 at 09:50:00',
    },
  ])('$what → $expected', ({ list, now, expected }) => {
    expect(refusal(list, now)).toBe(expected);
  });

  it(`says how long ago and within what time (${DEVICE_RATING_MINUTES} minutes)`, () => {
    expect(() => rateableServiceAt('c1', 'w1', services(['w1', '10:00:00']), at('10:45:30'))).toThrow(
      /served at window w1 45 minutes ago; its device rates within 30 minutes/,
    );
  });
});
