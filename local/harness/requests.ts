/**
 * One request of each kind that matters for cost (issue 14), sent to the fixture hall of
 * `setUpHall`, and the service calls it made (local/service-calls.ts): the service-call test
 * holds each kind to its budget and `npm run bench` reports the figures.
 */
import { summarize, type CallSummary } from '../service-calls';
import type { HallFixture } from './hall';
import type { Harness, Reply } from './runtime';

export const REQUEST_KINDS = ['intake', 'staff read', 'decision', 'rating', 'complaint', 'progress', 'guide'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

interface NewCase {
  caseId: string;
  publicCode: string;
}

/** A case of the fixture's service item, all materials in: accepted at intake. */
export function intake(t: Harness, hall: HallFixture): Promise<Reply<unknown>> {
  return t.call('POST /v1/halls/{hallId}/cases', {
    params: { hallId: hall.hallId },
    token: hall.tokens.staffA,
    body: {
      itemId: 'record',
      windowId: 'w1',
      applicant: { name: '张三', idNumber: '320826199001011234', phone: '13912345678' },
      submittedMaterials: ['application'],
    },
  });
}

async function newCase(t: Harness, hall: HallFixture): Promise<NewCase> {
  const reply = await intake(t, hall);
  if (reply.status !== 201) throw new Error(`intake failed: ${reply.status} ${reply.text}`);
  return reply.body as NewCase;
}

async function decidedCase(t: Harness, hall: HallFixture): Promise<NewCase> {
  const c = await newCase(t, hall);
  const decided = await decide(t, hall, c);
  if (decided.status !== 200) throw new Error(`decision failed: ${decided.status} ${decided.text}`);
  return c;
}

const decide = (t: Harness, hall: HallFixture, c: NewCase) =>
  t.call('POST /v1/halls/{hallId}/cases/{caseId}/decision', {
    params: { hallId: hall.hallId, caseId: c.caseId },
    token: hall.tokens.chief,
    body: { outcome: 'approved' },
  });

/** What each kind needs beforehand (not counted), and the request itself. */
const requests: Record<RequestKind, (t: Harness, hall: HallFixture) => Promise<() => Promise<Reply<unknown>>>> = {
  intake: (t, hall) => Promise.resolve(() => intake(t, hall)),
  'staff read': async (t, hall) => {
    const c = await newCase(t, hall);
    return () =>
      t.call('GET /v1/halls/{hallId}/cases/{caseId}', { params: { hallId: hall.hallId, caseId: c.caseId }, token: hall.tokens.staffA });
  },
  decision: async (t, hall) => {
    const c = await newCase(t, hall);
    return () => decide(t, hall, c);
  },
  rating: async (t, hall) => {
    const c = await decidedCase(t, hall);
    return () => t.call('POST /v1/public/cases/{caseId}/rating', { params: { caseId: c.caseId }, body: { code: c.publicCode, level: 5 } });
  },
  complaint: (t, hall) =>
    Promise.resolve(() =>
      t.call('POST /v1/public/halls/{hallId}/complaints', {
        params: { hallId: hall.hallId },
        body: { category: '服务态度', description: '窗口人员态度差', windowId: 'w1' },
      }),
    ),
  progress: async (t, hall) => {
    const c = await newCase(t, hall);
    return () => t.call('GET /v1/public/cases/{caseId}', { params: { caseId: c.caseId }, query: { code: c.publicCode } });
  },
  guide: (t, hall) => Promise.resolve(() => t.call('GET /v1/public/halls/{hallId}/items', { params: { hallId: hall.hallId } })),
};

/** An API Gateway request's event (not a stream, bus or queue delivery's). */
export const isRequest = (event: unknown) => typeof event === 'object' && event !== null && 'routeKey' in event;

/**
 * The service calls of one request of this kind in a warm container (one of the kind is sent
 * before, so first-invocation work is not counted), everything it does included: the audit
 * record, idempotency, abuse limits, the outbox. The stream and the bus are idle before it.
 */
export async function serviceCallsOf(t: Harness, hall: HallFixture, kind: RequestKind): Promise<CallSummary> {
  await (
    await requests[kind](t, hall)
  )();
  const request = await requests[kind](t, hall);
  await t.runtime.settle();
  const { result, invocations } = await t.runtime.serviceCalls.during(request);
  if (result.status >= 300) throw new Error(`${kind} failed: ${result.status} ${result.text}`);
  const [only, ...more] = invocations.filter((i) => isRequest(i.event));
  if (!only || more.length > 0) throw new Error(`${kind}: expected one request, saw ${more.length + (only ? 1 : 0)}`);
  return summarize(only.calls);
}

/** A request of the kind, prepared beforehand: for timing it (the bench). */
export const prepared = (t: Harness, hall: HallFixture, kind: RequestKind) => requests[kind](t, hall);
