/**
 * The outbox: events published from committed changes on the table's stream. Its mapping
 * filter and its pure decisions against the recorded samples (events/samples), its handler
 * with partial batch responses, and, end to end on the local runtime with its stream mappings
 * attached, a complaint filed over HTTP that the router routes and the outbox announces once.
 */
import type { DynamoDBRecord } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCalendar } from '#domain/calendar';
import { extend, recomputeDueDate, refer, reprintReceipt, resume, suspend, transfer, withdraw, type Case } from '#domain/cases';
import { packageSchedules } from '#domain/national-schedules';
import type { Complaint } from '#domain/complaints';
import {
  call as callTicket,
  issueTicket,
  recall as recallTicket,
  serve as serveTicket,
  transfer as transferTicket,
  type Ticket,
} from '#domain/queue';
import { eventSchemas, type EventType } from '#events/contracts';
import { caseEventFor, complaintEventFor, ticketEventFor } from '#events/changes';
import { handler } from '#functions/streams/outbox';
import { outboxSource } from '#topology/triggers';
import { matchesFilterPatterns } from '#local/event-filter';
import { setUpHall, type HallFixture } from '#local/harness/hall';
import { startHarness, type Harness } from '#local/harness/runtime';
import { lambdaContext, newImage, oldImage, samples } from './samples';

const { caseInsert, complaintInsert, complaintModify, rectificationInsert, batch } = samples;
const passesFilter = (r: DynamoDBRecord) => matchesFilterPatterns(r, outboxSource.filters);

const CASE_ID = newImage(caseInsert).caseId as string;
const COMPLAINT_ID = newImage(complaintModify).complaintId as string;

/** The recorded images as domain objects (table keys and all, as the handler sees them). */
const acceptedCase = newImage(caseInsert) as unknown as Case;
const receivedComplaint = oldImage(complaintModify) as unknown as Complaint;
const routedComplaint = newImage(complaintModify) as unknown as Complaint;

const caseAccepted = (revision: number) => ({
  version: '1',
  hallId: 'h1',
  revision,
  caseId: CASE_ID,
  windowId: 'w1',
  itemId: 'record',
  acceptedAt: '2025-09-26T09:00:00.000+08:00',
  dueDate: '2025-09-28',
  provisional: false,
});
const complaintRouted = {
  version: '1',
  hallId: 'h1',
  revision: 2,
  complaintId: COMPLAINT_ID,
  source: 'complaint',
  windowId: 'w1',
  assignee: 's-a',
  route: 'a-post',
  dueDate: '2025-10-10',
};

/** The event's detail, checked strictly against its contract (no field beyond the schema). */
type Outcome = { type: string; detail: Record<string, unknown> } | undefined;
function strictly(event: { type: string; detail: unknown } | undefined): Outcome {
  if (!event) return undefined;
  return { type: event.type, detail: eventSchemas[event.type as EventType].strict().parse(event.detail) };
}

describe('the mapping filter (outboxSource.filters)', () => {
  it("passes the router's MODIFY and the INSERT of an accepted case", () => {
    expect(passesFilter(complaintModify)).toBe(true);
    expect(passesFilter(caseInsert)).toBe(true);
  });

  it('passes any change that left an event pending, and drops one that left none (its own markings included)', () => {
    const marked = structuredClone(caseInsert);
    marked.eventName = 'MODIFY';
    marked.dynamodb!.OldImage = caseInsert.dynamodb!.NewImage;
    const { pendingEvents: _events, pendingPk: _pk, pendingSk: _sk, ...withoutPending } = caseInsert.dynamodb!.NewImage!;
    marked.dynamodb!.NewImage = withoutPending;
    expect(passesFilter(marked)).toBe(false);
  });

  it('drops newly filed complaints and rectifications (nothing committed worth announcing yet)', () => {
    expect(passesFilter(complaintInsert)).toBe(false);
    expect(passesFilter(rectificationInsert)).toBe(false);
  });

  it('keeps the case INSERT and the complaint MODIFY of the mixed batch, in stream order', () => {
    expect(batch.Records.filter(passesFilter).map((r) => r.eventID)).toEqual([caseInsert.eventID, complaintModify.eventID]);
  });
});

describe('caseEventFor', () => {
  const concluded = (status: 'approved' | 'rejected', concludedAt: string, change: Partial<Case> = {}): Case => ({
    ...acceptedCase,
    status,
    concludedAt,
    version: 2,
    ...change,
  });
  const conclusion = (outcome: 'approved' | 'rejected', concludedAt: string, overdue: boolean) => ({
    type: 'CaseConcluded',
    detail: {
      version: '1',
      hallId: 'h1',
      revision: 2,
      caseId: CASE_ID,
      windowId: 'w1',
      itemId: 'record',
      outcome,
      concludedAt,
      dueDate: '2025-09-28',
      overdue,
    },
  });

  it.each<[string, Case | undefined, Case, Outcome]>([
    ['accepted at intake (INSERT)', undefined, acceptedCase, { type: 'CaseAccepted', detail: caseAccepted(acceptedCase.version) }],
    [
      'accepted once the materials came in',
      { ...acceptedCase, status: 'awaiting-materials', version: 1 },
      { ...acceptedCase, version: 2 },
      { type: 'CaseAccepted', detail: caseAccepted(2) },
    ],
    ['status unchanged (accepted, another change)', acceptedCase, { ...acceptedCase, version: 2 }, undefined],
    [
      'status unchanged (concluded, redelivered image)',
      concluded('approved', '2025-09-27T10:00:00.000+08:00'),
      concluded('approved', '2025-09-27T10:00:00.000+08:00'),
      undefined,
    ],
    [
      'paused by a second notice: the applicant is told what is missing',
      acceptedCase,
      { ...acceptedCase, status: 'awaiting-materials', missingMaterials: ['application'], secondNotices: 1, version: 2 },
      {
        type: 'CaseAwaitingMaterials',
        detail: {
          version: '1',
          hallId: 'h1',
          revision: 2,
          caseId: CASE_ID,
          windowId: 'w1',
          itemId: 'record',
          missingMaterials: ['application'],
          secondNotice: true,
        },
      },
    ],
    [
      'waiting for materials at intake (the one-time notice)',
      undefined,
      { ...acceptedCase, status: 'awaiting-materials', missingMaterials: ['application'], version: 1 },
      {
        type: 'CaseAwaitingMaterials',
        detail: {
          version: '1',
          hallId: 'h1',
          revision: 1,
          caseId: CASE_ID,
          windowId: 'w1',
          itemId: 'record',
          missingMaterials: ['application'],
          secondNotice: false,
        },
      },
    ],
    [
      'still waiting after some materials came in (no news)',
      { ...acceptedCase, status: 'awaiting-materials', missingMaterials: ['application', 'id-card'], version: 1 },
      { ...acceptedCase, status: 'awaiting-materials', missingMaterials: ['application'], version: 2 },
      undefined,
    ],
    [
      'approved before the due date',
      acceptedCase,
      concluded('approved', '2025-09-27T10:00:00.000+08:00'),
      conclusion('approved', '2025-09-27T10:00:00.000+08:00', false),
    ],
    [
      'approved in the last millisecond of the due date',
      acceptedCase,
      concluded('approved', '2025-09-28T23:59:59.999+08:00'),
      conclusion('approved', '2025-09-28T23:59:59.999+08:00', false),
    ],
    [
      'approved at midnight after the due date',
      acceptedCase,
      concluded('approved', '2025-09-29T00:00:00.000+08:00'),
      conclusion('approved', '2025-09-29T00:00:00.000+08:00', true),
    ],
    // The day boundary is China's, whatever the offset the instant is written in.
    [
      'rejected at 23:59:59 China time, written in UTC',
      acceptedCase,
      concluded('rejected', '2025-09-28T15:59:59.999Z'),
      conclusion('rejected', '2025-09-28T15:59:59.999Z', false),
    ],
    [
      'rejected at 00:00 China time the day after, written in UTC',
      acceptedCase,
      concluded('rejected', '2025-09-28T16:00:00.000Z'),
      conclusion('rejected', '2025-09-28T16:00:00.000Z', true),
    ],
  ])('%s', (_, before, after, expected) => {
    expect(strictly(caseEventFor(before, after))).toEqual(expected);
  });

  it('a case concluded without a due date is never overdue and carries none', () => {
    const { dueDate: _none, acceptedAt: _never, ...awaiting } = { ...acceptedCase, status: 'awaiting-materials' as const };
    const event = strictly(
      caseEventFor(awaiting, { ...awaiting, status: 'rejected', concludedAt: '2025-12-31T10:00:00.000+08:00', version: 2 }),
    );
    expect(event).toEqual({
      type: 'CaseConcluded',
      detail: {
        version: '1',
        hallId: 'h1',
        revision: 2,
        caseId: CASE_ID,
        windowId: 'w1',
        itemId: 'record',
        outcome: 'rejected',
        concludedAt: '2025-12-31T10:00:00.000+08:00',
        overdue: false,
      },
    });
  });
});

describe('caseEventFor: the lifecycle after acceptance', () => {
  const cal = buildCalendar({ packageYears: packageSchedules(), loadedYears: [], overrides: [] });
  const at = (iso: string) => new Date(iso);
  const next = (c: Case, version: number): Case => ({ ...c, version });
  // The sample: item `record` accepted at w1 on Friday 2025-09-26, due Sunday 09-28 (a make-up working day).
  const suspended = next(suspend(acceptedCase, '组织听证', 's-a', at('2025-09-26T15:00:00+08:00'), cal), 2);
  const resumed = next(resume(suspended, 's-a', at('2025-10-09T09:00:00+08:00'), cal), 3);
  const extended = next(extend(resumed, { workingDays: 3, reason: '现场核查' }, 's-chief', at('2025-10-09T10:00:00+08:00'), cal), 4);
  const atTwoWindows = {
    itemId: 'record',
    name: '个体工商户登记',
    kind: 'service' as const,
    windowIds: ['w1', 'w2'],
    promisedLimitDays: 1,
    materials: [],
  };
  const transferred = next(
    transfer(acceptedCase, atTwoWindows, { windowId: 'w2', reason: '转窗口' }, 's-a', at('2025-09-26T11:00:00+08:00')),
    2,
  );
  const approval = { ...acceptedCase, itemKind: 'approval' as const };
  const referred = next(refer(approval, { opinion: '同意', authority: '市市场监管局' }, 's-chief', at('2025-09-27T10:00:00+08:00')), 2);
  const closedOn28 = buildCalendar({
    packageYears: packageSchedules(),
    loadedYears: [],
    overrides: [{ date: '2025-09-28', open: false, reason: '停电' }],
  });
  const recomputed = next(recomputeDueDate(acceptedCase, closedOn28, '停电', 'due-date-recompute', at('2025-09-26T12:00:00+08:00'))!, 2);
  const withdrawn = next(withdraw(acceptedCase, '撤回', 's-a', at('2025-10-09T10:00:00+08:00')), 2);
  const subject = (revision: number, windowId = 'w1') => ({
    version: '1',
    hallId: 'h1',
    revision,
    caseId: CASE_ID,
    windowId,
    itemId: 'record',
  });

  it.each<[string, Case, Case, Outcome]>([
    [
      'suspended',
      acceptedCase,
      suspended,
      { type: 'CaseSuspended', detail: { ...subject(2), suspendedAt: '2025-09-26T15:00:00.000+08:00', workingDaysLeft: 1 } },
    ],
    [
      'resumed: the working day left, after 10-09',
      suspended,
      resumed,
      {
        type: 'CaseResumed',
        detail: { ...subject(3), resumedAt: '2025-10-09T09:00:00.000+08:00', dueDate: '2025-10-10', provisional: false },
      },
    ],
    [
      'extended',
      resumed,
      extended,
      {
        type: 'CaseDueDateChanged',
        detail: {
          ...subject(4),
          cause: 'extension',
          changedAt: '2025-10-09T10:00:00.000+08:00',
          previousDueDate: '2025-10-10',
          dueDate: '2025-10-14',
          provisional: false,
        },
      },
    ],
    [
      'recomputed after a closure',
      acceptedCase,
      recomputed,
      {
        type: 'CaseDueDateChanged',
        detail: {
          ...subject(2),
          cause: 'calendar',
          changedAt: '2025-09-26T12:00:00.000+08:00',
          previousDueDate: '2025-09-28',
          dueDate: '2025-09-29',
          provisional: false,
        },
      },
    ],
    [
      'transferred',
      acceptedCase,
      transferred,
      { type: 'CaseTransferred', detail: { ...subject(2, 'w2'), fromWindowId: 'w1', transferredAt: '2025-09-26T11:00:00.000+08:00' } },
    ],
    [
      'referred',
      approval,
      referred,
      {
        type: 'CaseReferred',
        detail: {
          ...subject(2),
          referredAt: '2025-09-27T10:00:00.000+08:00',
          authority: '市市场监管局',
          dueDate: '2025-09-28',
          overdue: false,
        },
      },
    ],
    [
      'withdrawn after the due date: never overdue',
      acceptedCase,
      withdrawn,
      {
        type: 'CaseConcluded',
        detail: {
          ...subject(2),
          outcome: 'withdrawn',
          concludedAt: '2025-10-09T10:00:00.000+08:00',
          dueDate: '2025-09-28',
          overdue: false,
        },
      },
    ],
    [
      'the receipt reprinted: no news',
      acceptedCase,
      next(reprintReceipt(acceptedCase, 's-a', at('2025-09-26T10:00:00+08:00')), 2),
      undefined,
    ],
  ])('%s', (_, before, after, expected) => {
    expect(strictly(caseEventFor(before, after))).toEqual(expected);
  });
});

describe('complaintEventFor', () => {
  const resolved: Complaint = {
    ...routedComplaint,
    status: 'resolved',
    substantiated: true,
    resolution: '已当面致歉',
    resolvedBy: 's-a',
    resolvedAt: '2025-09-29T10:00:00.000+08:00',
    history: [...routedComplaint.history, { at: '2025-09-29T10:00:00.000+08:00', by: 's-a', action: 'resolved', note: 'substantiated' }],
    version: 3,
  };
  const { assignee: _nobody, ...unassigned } = { ...routedComplaint, status: 'received' as const, route: 'unassigned' as const };

  it.each<[string, Complaint | undefined, Complaint, Outcome]>([
    [
      'routed for the first time (the recorded MODIFY)',
      receivedComplaint,
      routedComplaint,
      { type: 'ComplaintRouted', detail: complaintRouted },
    ],
    [
      'routed to nobody: announced, without an assignee',
      receivedComplaint,
      unassigned,
      { type: 'ComplaintRouted', detail: (({ assignee: _, ...rest }) => ({ ...rest, route: 'unassigned' }))(complaintRouted) },
    ],
    ['filed (INSERT, not routed yet)', undefined, receivedComplaint, undefined],
    ['resolved after it was routed (a later MODIFY)', routedComplaint, resolved, undefined],
    ['the routed image again (status unchanged)', routedComplaint, routedComplaint, undefined],
    [
      'resolved without ever being routed',
      receivedComplaint,
      { ...receivedComplaint, status: 'resolved', resolvedBy: 'sup-1', version: 2 },
      undefined,
    ],
  ])('%s', (_, before, after, expected) => {
    expect(strictly(complaintEventFor(before, after))).toEqual(expected);
  });
});

let t: Harness;
let hall: HallFixture;

beforeAll(async () => {
  t = await startHarness({ clock: '2025-09-26T09:00:00+08:00' });
  hall = await setUpHall(t);
  await t.runtime.settle();
});
afterAll(() => t.stop());
afterEach(() => vi.restoreAllMocks());

describe('ticketEventFor (a queue ticket called to a window)', () => {
  const groups = [{ group: 'A', itemIds: ['record'], dailyCap: 100 }];
  const w1 = { windowId: 'w1', itemIds: ['record'] };
  const at = (hhmm: string) => new Date(`2025-10-09T${hhmm}:00+08:00`);
  /** As the table holds them: each save bumps the version. */
  const saved = (t: Ticket, version: number): Ticket => ({ ...t, version });
  const waiting = issueTicket({ hallId: 'h1', itemId: 'record', n: 1, by: 'kiosk' }, groups, at('09:00'));
  const called = saved(callTicket(waiting, w1, 's-a', at('09:02')), 2);
  const recalled = saved(recallTicket(called, 'w1', 's-a', at('09:03')), 3);
  const served = saved(serveTicket(recalled, 'w1', 's-a', at('09:09'), 'c-1'), 4);
  const transferred = saved(transferTicket(called, 'w1', 'w2', 's-a', at('09:04')), 3);

  it('announces a call and each recall, with the number, the window and the revision', () => {
    expect(strictly(ticketEventFor(waiting, called))).toEqual({
      type: 'TicketCalled',
      detail: {
        version: '1',
        hallId: 'h1',
        revision: 2,
        ticketId: '2025-10-09-A001',
        day: '2025-10-09',
        number: 'A001',
        group: 'A',
        windowId: 'w1',
        calledAt: '2025-10-09T09:02:00.000+08:00',
        calls: 1,
      },
    });
    expect(strictly(ticketEventFor(called, recalled))?.detail).toMatchObject({
      revision: 3,
      calls: 2,
      calledAt: '2025-10-09T09:03:00.000+08:00',
    });
  });

  it('is silent about other work on a ticket: issuing, serving, transferring', () => {
    expect(ticketEventFor(undefined, waiting)).toBeUndefined();
    expect(ticketEventFor(recalled, served)).toBeUndefined();
    expect(ticketEventFor(called, transferred)).toBeUndefined();
  });
});

describe('the outbox handler', () => {
  const context = lambdaContext('outbox');
  const publishFrom = (records: DynamoDBRecord[]) => handler.withDeps(t.runtime.deps)({ Records: records }, context);
  const publishedSince = (n: number) => t.runtime.events.published.slice(n);
  const strictDetails = (events: ReturnType<typeof publishedSince>) =>
    events.map((e) => ({
      source: e.source,
      type: e['detail-type'],
      detail: eventSchemas[e['detail-type'] as EventType].strict().parse(e.detail),
    }));
  const expected = [
    { source: 'hall', type: 'CaseAccepted', detail: caseAccepted(acceptedCase.version) },
    { source: 'hall', type: 'ComplaintRouted', detail: complaintRouted },
  ];

  it('publishes exactly the events of what the filter passes, matching their contracts', async () => {
    const before = t.runtime.events.published.length;
    expect(await publishFrom(batch.Records.filter(passesFilter))).toEqual({ batchItemFailures: [] });
    expect(strictDetails(publishedSince(before))).toEqual(expected);
  });

  it('publishes the same from the whole batch: inserts of complaints are no news', async () => {
    const before = t.runtime.events.published.length;
    expect(await publishFrom(batch.Records)).toEqual({ batchItemFailures: [] });
    expect(strictDetails(publishedSince(before))).toEqual(expected);
  });

  it('stops at the first record it cannot publish: it and all after it are retried, in order', async () => {
    const publish = t.runtime.events.publish.bind(t.runtime.events);
    vi.spyOn(t.runtime.events, 'publish').mockImplementationOnce(async (events) => {
      if (events.some((e) => e.type === 'ComplaintRouted')) throw new Error('EventBridge unavailable');
      return publish(events);
    });
    // The failing publish is the first one: the complaint's MODIFY goes first here.
    const before = t.runtime.events.published.length;
    const reply = await publishFrom([complaintModify, caseInsert]);
    expect(reply).toEqual({
      batchItemFailures: [
        { itemIdentifier: complaintModify.dynamodb!.SequenceNumber },
        { itemIdentifier: caseInsert.dynamodb!.SequenceNumber },
      ],
    });
    // Nothing overtook the failed record.
    expect(publishedSince(before)).toEqual([]);

    expect(await publishFrom([complaintModify, caseInsert])).toEqual({ batchItemFailures: [] });
    expect(strictDetails(publishedSince(before))).toEqual([expected[1], expected[0]]);
  });
});

describe('end to end, with the runtime stream mappings attached', () => {
  const routedFor = (complaintId: string) =>
    t.runtime.events.published.filter((e) => e['detail-type'] === 'ComplaintRouted' && e.detail.complaintId === complaintId);

  it('a complaint filed over HTTP is routed and announced once, and its resolution is no news', async () => {
    const filed = await t.call('POST /v1/public/halls/{hallId}/complaints', {
      params: { hallId: 'h1' },
      body: { category: '服务态度', description: '窗口人员态度生硬', windowId: 'w1' },
    });
    expect(filed.status).toBe(202);
    const { complaintId } = filed.body as { complaintId: string };
    await t.runtime.settle();

    const routed = routedFor(complaintId);
    expect(routed).toHaveLength(1);
    expect(routed[0]).toMatchObject({ source: 'hall', 'detail-type': 'ComplaintRouted' });
    expect(eventSchemas.ComplaintRouted.strict().parse(routed[0]!.detail)).toEqual({ ...complaintRouted, complaintId });

    const resolution = await t.call('POST /v1/halls/{hallId}/complaints/{complaintId}/resolution', {
      params: { hallId: 'h1', complaintId },
      token: hall.tokens.staffA,
      body: { substantiated: true, resolution: '已当面致歉' },
    });
    expect(resolution.status).toBe(200);
    await t.runtime.settle();
    expect(routedFor(complaintId)).toHaveLength(1);
  });
});
