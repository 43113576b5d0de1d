/** Ratings and complaints: bodies, queries and replies (docs/API.md "Ratings and complaints"). */
import * as z from 'zod';
import { once } from '#domain/lazy';
import { COMPLAINT_ACTIONS, COMPLAINT_SOURCES, COMPLAINT_STATUSES } from '#domain/complaints';
import { ROUTES } from '#domain/routing';
import { id, pageQuery, secretCode, text } from './fields';

export const ratingBody = once(() =>
  z.object({
    code: secretCode(),
    level: z.number().int().min(1).max(5),
    comment: text(500).optional(),
  }),
);
export const ratingReply = once(() =>
  z.strictObject({
    caseId: z.string(),
    level: z.number(),
    ratedAt: z.string(),
    rectificationId: z.string().optional(),
  }),
);

export const complaintBody = once(() =>
  z.object({
    category: text(64, false),
    description: text(2000),
    caseId: id.optional(),
    windowId: id.optional(),
    /** An extension: a complaint about a service item when no window is known. */
    itemId: id.optional(),
    contact: text(100, false).optional(),
  }),
);
export const complaintReceipt = once(() => z.strictObject({ complaintId: z.string(), status: z.literal('received') }));

export const complaintListQuery = once(() =>
  z
    .strictObject({
      assignee: id.optional(),
      status: z.enum(COMPLAINT_STATUSES).optional(),
      /** `me`: the caller's work list — assigned to them and open, then (supervisors, hall admins) waiting for a review. */
      recipient: z.literal('me').optional(),
      ...pageQuery(),
    })
    .refine((q) => q.recipient === undefined || (q.assignee === undefined && q.status === undefined), {
      path: ['recipient'],
      message: 'a work list takes no assignee or status',
    }),
);
export const resolutionBody = once(() => z.object({ substantiated: z.boolean(), resolution: text(2000) }));
export const reviewBody = once(() => z.object({ unfounded: z.boolean(), note: text(1000) }));
export const responseBody = once(() => z.object({ message: text(1000) }));

export const complaintReply = once(() =>
  z.strictObject({
    complaintId: z.string(),
    hallId: z.string(),
    source: z.enum(COMPLAINT_SOURCES),
    category: z.string(),
    description: z.string().optional(),
    caseId: z.string().optional(),
    windowId: z.string().optional(),
    itemId: z.string().optional(),
    /** The staff member who concluded the case complained about (statistics by staff member). */
    staffId: z.string().optional(),
    contact: z.string().optional(),
    status: z.enum(COMPLAINT_STATUSES),
    receivedAt: z.string(),
    assignee: z.string().optional(),
    route: z.enum(ROUTES).optional(),
    firstResponseDue: z.string().optional(),
    dueDate: z.string().optional(),
    /** The due dates reach a year without a national holiday schedule. */
    provisional: z.boolean().optional(),
    firstResponseAt: z.string().optional(),
    proposedFinding: z.strictObject({ resolution: z.string(), by: z.string(), at: z.string() }).optional(),
    review: z.strictObject({ by: z.string(), at: z.string(), unfounded: z.boolean(), note: z.string() }).optional(),
    substantiated: z.boolean().optional(),
    resolution: z.string().optional(),
    resolvedBy: z.string().optional(),
    resolvedAt: z.string().optional(),
    history: z.array(
      z.strictObject({
        at: z.string(),
        by: z.string(),
        action: z.enum(COMPLAINT_ACTIONS),
        note: z.string().optional(),
        assignee: z.string().optional(),
      }),
    ),
    version: z.number(),
  }),
);
export const complaintPage = once(() =>
  z.strictObject({ items: z.array(complaintReply().omit({ contact: true })), nextCursor: z.string().optional() }),
);
