/** Assessment rules, entries, results, reports and reminders (docs/API.md "Reminders and assessment"). */
import * as z from 'zod';
import { once } from '#domain/lazy';
import { DESIGNATIONS, ENTRY_CATEGORIES, isValidEntryPoints, MONTH_STATUSES } from '#domain/assessment';
import { AUTOMATIC_ITEMS } from '#domain/hall-rules';
import { REMINDER_KINDS } from '#domain/reminders';
import { digits, id, isoDate, month, text } from './fields';

/** Points in hundredths (what scoring computes exactly): 0, or at least 0.01 with at most two decimals. */
const points = (max: number) =>
  z
    .number()
    .min(0)
    .max(max)
    .refine((x) => x === 0 || (x >= 0.01 && Math.abs(x * 100 - Math.round(x * 100)) < 1e-6), 'must have at most two decimals');
/** One field per automatic item (an object with named fields, which clients and the OpenAPI document can see). */
const perItem = <T extends z.ZodType>(value: T) =>
  Object.fromEntries(AUTOMATIC_ITEMS.map((i) => [i, value])) as Record<(typeof AUTOMATIC_ITEMS)[number], T>;
const deductionWeights = once(() => z.strictObject(perItem(points(100).optional())));
const days = (min: number, max: number) => z.number().int().min(min).max(max);
/** Requests allowed in an abuse limit's window (an hour, or a day for a phone's bookings). */
const allowance = (max: number) => z.number().int().min(1).max(max);

export const rulesBody = once(() =>
  z.object({
    effectiveFrom: month.optional(),
    base: points(1000).optional(),
    deductions: deductionWeights().optional(),
    caps: deductionWeights().optional(),
    reportDeadlineDay: days(1, 28).optional(),
    entryDeadlineDay: days(1, 28).optional(),
    topCount: days(0, 50).optional(),
    bottomCount: days(0, 50).optional(),
    rectificationDays: days(1, 30).optional(),
    complaintResolutionDays: days(1, 60).optional(),
    complaintFirstResponseDays: days(1, 10).optional(),
    caseDueSoonDays: days(0, 10).optional(),
    complaintDueSoonDays: days(0, 10).optional(),
    autoRateAfterDays: days(1, 60).nullable().optional(),
    ratingsPerAddressPerHour: allowance(100_000).optional(),
    ratingsPerHallPerHour: allowance(1_000_000).optional(),
    complaintsPerAddressPerHour: allowance(10_000).optional(),
    complaintsPerHallPerHour: allowance(100_000).optional(),
    appointmentsPerPhonePerDay: allowance(1_000).optional(),
    appointmentsPerAddressPerHour: allowance(10_000).optional(),
    ticketsPerAddressPerHour: allowance(10_000).optional(),
    ticketsPerHallPerHour: allowance(100_000).optional(),
    queueViewsPerAddressPerHour: allowance(100_000).optional(),
    supplementLimitDays: days(1, 120).optional(),
  }),
);
export const rulesQuery = once(() => z.strictObject({ month: month.optional() }));
const rules = once(() =>
  z.strictObject({
    base: z.number(),
    deductions: z.strictObject(perItem(z.number())),
    caps: z.strictObject(perItem(z.number().optional())),
    reportDeadlineDay: z.number(),
    entryDeadlineDay: z.number(),
    topCount: z.number(),
    bottomCount: z.number(),
    rectificationDays: z.number(),
    complaintResolutionDays: z.number(),
    complaintFirstResponseDays: z.number(),
    caseDueSoonDays: z.number(),
    complaintDueSoonDays: z.number(),
    autoRateAfterDays: z.number().nullable(),
    ratingsPerAddressPerHour: z.number(),
    ratingsPerHallPerHour: z.number(),
    complaintsPerAddressPerHour: z.number(),
    complaintsPerHallPerHour: z.number(),
    appointmentsPerPhonePerDay: z.number(),
    appointmentsPerAddressPerHour: z.number(),
    ticketsPerAddressPerHour: z.number(),
    ticketsPerHallPerHour: z.number(),
    queueViewsPerAddressPerHour: z.number(),
    supplementLimitDays: z.number(),
  }),
);
export const rulesReply = once(() =>
  z.strictObject({
    hallId: z.string(),
    effectiveFrom: z.string(),
    rules: rules(),
    updatedBy: z.string().optional(),
    updatedAt: z.string().optional(),
  }),
);

export const entryBody = once(() =>
  z.object({
    windowId: id,
    category: z.enum(ENTRY_CATEGORIES),
    points: z.number().min(-100).max(100).refine(isValidEntryPoints, 'must be non-zero, in steps of 0.5'),
    reason: text(500),
    lateOverride: z.boolean().optional(),
  }),
);
export const entryReply = once(() =>
  z.strictObject({
    entryId: z.string(),
    windowId: z.string(),
    category: z.enum(ENTRY_CATEGORIES),
    points: z.number(),
    reason: z.string(),
    enteredBy: z.string(),
    enteredAt: z.string(),
    lateOverride: z.boolean().optional(),
    voided: z.strictObject({ at: z.string(), by: z.string(), reason: z.string(), lateOverride: z.boolean().optional() }).optional(),
  }),
);
export const voidBody = once(() => z.object({ reason: text(500), lateOverride: z.boolean().optional() }));

export const reportBody = once(() => z.object({ notes: text(2000).optional() }));
export const reportReply = once(() =>
  z.strictObject({
    hallId: z.string(),
    month: z.string(),
    windowId: z.string(),
    reportedBy: z.string(),
    reportedAt: z.string(),
    notes: z.string().optional(),
  }),
);

export const monthQuery = once(() =>
  z.strictObject({
    format: z.enum(['json', 'csv']).optional(),
    /** An earlier revision of a final month (default: the current one). */
    revision: digits(1, 9999).optional(),
  }),
);
/** Without a body (or `{}`): compute, or answer a final month unchanged; `{revise: true, reason}`: a new revision of a final month. */
export const computeBody = once(() =>
  z
    .object({ revise: z.boolean().optional(), reason: text(500).optional() })
    .refine((b) => !b.revise || b.reason, { message: 'a revision needs its reason', path: ['reason'] })
    .optional(),
);
const revision = once(() => z.strictObject({ revision: z.number(), at: z.string(), by: z.string(), reason: z.string() }));
const rankedWindow = once(() =>
  z.strictObject({
    windowId: z.string(),
    rank: z.number(),
    base: z.number(),
    bonus: z.number(),
    deductions: z.number(),
    total: z.number(),
    satisfactionRate: z.number().nullable(),
    metrics: z.strictObject({
      accepted: z.number(),
      concluded: z.number(),
      overdueConclusions: z.number(),
      openOverdue: z.number(),
      ratings: z.strictObject({ 1: z.number(), 2: z.number(), 3: z.number(), 4: z.number(), 5: z.number() }),
      satisfactionRate: z.number().nullable(),
      badRatingsLevel1: z.number(),
      badRatingsLevel2: z.number(),
      substantiatedComplaints: z.number(),
      secondNotices: z.number(),
    }),
    breakdown: z.array(z.strictObject({ item: z.enum(AUTOMATIC_ITEMS), count: z.number(), points: z.number(), capped: z.boolean() })),
    entries: z.array(entryReply()),
    designations: z.array(z.enum(DESIGNATIONS)),
  }),
);
export const monthReply = once(() =>
  z.strictObject({
    month: z.string(),
    status: z.enum(MONTH_STATUSES),
    entryDeadline: z.string(),
    /** 1 from the first computation; a revision of a final month adds one. */
    revision: z.number(),
    revisions: z.array(revision()),
    windows: z.array(rankedWindow()),
  }),
);

/** The public disclosure of a final month (重庆 第六条 公开评估结果). */
export const publicRanking = once(() =>
  z.strictObject({
    month: z.string(),
    revision: z.number(),
    windows: z.array(
      z.strictObject({
        windowId: z.string(),
        windowName: z.string(),
        rank: z.number(),
        total: z.number(),
        designations: z.array(z.enum(DESIGNATIONS)),
      }),
    ),
  }),
);
export const yearReply = once(() =>
  z.strictObject({
    year: z.number(),
    windows: z.array(
      z.strictObject({ windowId: z.string(), firstPlaces: z.number(), topFiveMonths: z.number(), annualRedFlagPriority: z.boolean() }),
    ),
  }),
);
export const quarterReply = once(() =>
  z.strictObject({
    quarter: z.string(),
    windows: z.array(
      z.strictObject({
        windowId: z.string(),
        months: z.number(),
        averageTotal: z.number(),
        topFiveMonths: z.number(),
        redFlagCandidate: z.boolean(),
      }),
    ),
  }),
);

export const remindersQuery = once(() =>
  z.strictObject({
    date: isoDate.optional(),
    /** `me`: only the reminders addressed to the caller (the token's subject). */
    recipient: z.literal('me').optional(),
  }),
);
export const remindersReply = once(() =>
  z.array(
    z.strictObject({
      kind: z.enum(REMINDER_KINDS),
      subjectId: z.string(),
      windowId: z.string().optional(),
      recipient: z.string(),
      dueDate: z.string(),
      workingDaysLeft: z.number(),
    }),
  ),
);
