/**
 * The walk-in queue, the rating devices and the consultation log: bodies, queries and replies
 * (docs/API.md "Walk-in queue and rating devices", and its additions).
 */
import * as z from 'zod';
import { once } from '#domain/lazy';
import { MAX_TICKET_NUMBER, TICKET_ACTIONS, TICKET_LANES, TICKET_STATUSES } from '#domain/queue';
import { id, isoDate, pageQuery, text } from './fields';

const group = once(() =>
  z.strictObject({
    group: z.string().regex(/^[A-Z]$/, 'must be one capital letter A–Z'),
    itemIds: z.array(id).min(1).max(500),
    dailyCap: z.number().int().min(1).max(MAX_TICKET_NUMBER),
  }),
);
export const ticketGroupsBody = once(() => z.object({ groups: z.array(group()).max(26) }));
export const ticketGroupsReply = once(() =>
  z.strictObject({
    hallId: z.string(),
    groups: z.array(group()),
    updatedAt: z.string().optional(),
    updatedBy: z.string().optional(),
  }),
);

export const kioskBody = once(() => z.object({ itemId: id }));
export const kioskReply = once(() =>
  z.strictObject({
    ticketId: z.string(),
    number: z.string(),
    itemId: z.string(),
    group: z.string(),
    issuedAt: z.string(),
    waitingAhead: z.number().int(),
    status: z.literal('waiting'),
  }),
);

export const ticketReply = once(() =>
  z.strictObject({
    ticketId: z.string(),
    hallId: z.string(),
    day: z.string(),
    group: z.string(),
    number: z.string(),
    itemId: z.string(),
    lane: z.enum(TICKET_LANES),
    appointmentId: z.string().optional(),
    status: z.enum(TICKET_STATUSES),
    issuedAt: z.string(),
    transferredTo: z.string().optional(),
    transferredAt: z.string().optional(),
    windowId: z.string().optional(),
    calls: z.number().int(),
    firstCalledAt: z.string().optional(),
    calledAt: z.string().optional(),
    servedAt: z.string().optional(),
    skippedAt: z.string().optional(),
    caseId: z.string().optional(),
    history: z.array(
      z.strictObject({
        at: z.string(),
        by: z.string(),
        action: z.enum(TICKET_ACTIONS),
        windowId: z.string().optional(),
        toWindowId: z.string().optional(),
        caseId: z.string().optional(),
      }),
    ),
    version: z.number().int(),
  }),
);

/** `{caseId?}`, or no body at all. */
export const serveBody = once(() => z.object({ caseId: id.optional() }).optional());
export const transferBody = once(() => z.object({ windowId: id }));

export const queueViewReply = once(() =>
  z.strictObject({
    groups: z.array(z.strictObject({ group: z.string(), waiting: z.number().int(), estimatedWaitMinutes: z.number().int() })),
    called: z.array(z.strictObject({ number: z.string(), windowId: z.string() })),
  }),
);

export const deviceRatingBody = once(() => z.object({ caseId: id, level: z.number().int().min(1).max(5) }));

const referral = once(() => z.union([z.strictObject({ windowId: id }), z.strictObject({ departmentId: id })]));
export const inquiryBody = once(() =>
  z.object({
    /** The window first asked (首问), where it is recorded. */
    windowId: id,
    topic: text(200, false),
    itemId: id.optional(),
    answer: text(2000).optional(),
    referral: referral().optional(),
  }),
);
export const inquiryReply = once(() =>
  z.strictObject({
    inquiryId: z.string(),
    hallId: z.string(),
    day: z.string(),
    at: z.string(),
    windowId: z.string(),
    by: z.string(),
    topic: z.string(),
    itemId: z.string().optional(),
    answer: z.string().optional(),
    referral: referral().optional(),
  }),
);
export const inquiryPage = once(() => z.strictObject({ items: z.array(inquiryReply()), nextCursor: z.string().optional() }));
export const inquiryQuery = once(() =>
  z.strictObject({
    /** Default: today. */
    date: isoDate.optional(),
    /** A window's list: answered there, or referred to it. */
    windowId: id.optional(),
    ...pageQuery(),
  }),
);

const timings = once(() => ({
  averageWaitMinutes: z.number().nullable(),
  p90WaitMinutes: z.number().nullable(),
  averageServiceMinutes: z.number().nullable(),
  p90ServiceMinutes: z.number().nullable(),
}));
export const dayReportReply = once(() =>
  z.strictObject({
    hallId: z.string(),
    day: z.string(),
    final: z.boolean(),
    computedAt: z.string(),
    groups: z.array(
      z.strictObject({
        group: z.string(),
        tickets: z.number().int(),
        waiting: z.number().int(),
        called: z.number().int(),
        served: z.number().int(),
        noShows: z.number().int(),
        ...timings(),
      }),
    ),
    windows: z.array(
      z.strictObject({
        windowId: z.string(),
        tickets: z.number().int(),
        called: z.number().int(),
        served: z.number().int(),
        noShows: z.number().int(),
        transferred: z.number().int(),
        ...timings(),
      }),
    ),
    inquiries: z.array(
      z.strictObject({
        windowId: z.string(),
        recorded: z.number().int(),
        answered: z.number().int(),
        referred: z.number().int(),
        referralsReceived: z.number().int(),
      }),
    ),
  }),
);
