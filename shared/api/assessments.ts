/** Assessment rules, entries, results, reports and reminders (spec/API.md "Reminders and assessment"). */
import * as z from 'zod';
import { AUTOMATIC_ITEMS, ENTRY_CATEGORIES, isValidEntryPoints } from '#domain/assessment';
import { REMINDER_KINDS } from '#domain/reminders';
import { id, isoDate, month, text } from './common';

/** Points in hundredths (what scoring computes exactly): 0, or at least 0.01 with at most two decimals. */
const points = (max: number) =>
  z
    .number()
    .min(0)
    .max(max)
    .refine((x) => x === 0 || (x >= 0.01 && Math.abs(x * 100 - Math.round(x * 100)) < 1e-6), 'must have at most two decimals');
const deductionWeights = z.partialRecord(z.enum(AUTOMATIC_ITEMS), points(100));
const days = (min: number, max: number) => z.number().int().min(min).max(max);

export const rulesBody = z.object({
  effectiveFrom: month.optional(),
  base: points(1000).optional(),
  deductions: deductionWeights.optional(),
  caps: deductionWeights.optional(),
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
});
export const rulesQuery = z.object({ month: month.optional() });
const rules = z.object({
  base: z.number(),
  deductions: z.record(z.string(), z.number()),
  caps: z.record(z.string(), z.number()),
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
});
export const rulesReply = z.object({
  hallId: z.string(),
  effectiveFrom: z.string(),
  rules,
  updatedBy: z.string().optional(),
  updatedAt: z.string().optional(),
});

export const entryBody = z.object({
  windowId: id,
  category: z.enum(ENTRY_CATEGORIES),
  points: z.number().min(-100).max(100).refine(isValidEntryPoints, 'must be non-zero, in steps of 0.5'),
  reason: text(500),
  lateOverride: z.boolean().optional(),
});
export const entryReply = z.object({
  entryId: z.string(),
  windowId: z.string(),
  category: z.string(),
  points: z.number(),
  reason: z.string(),
  enteredBy: z.string(),
  enteredAt: z.string(),
  lateOverride: z.boolean().optional(),
});

export const reportBody = z.object({ notes: text(2000).optional() });
export const reportReply = z.object({
  hallId: z.string(),
  month: z.string(),
  windowId: z.string(),
  reportedBy: z.string(),
  reportedAt: z.string(),
  notes: z.string().optional(),
});

export const monthQuery = z.object({ format: z.enum(['json', 'csv']).optional() });
const rankedWindow = z.object({
  windowId: z.string(),
  rank: z.number(),
  base: z.number(),
  bonus: z.number(),
  deductions: z.number(),
  total: z.number(),
  satisfactionRate: z.number().nullable(),
  metrics: z.record(z.string(), z.unknown()),
  breakdown: z.array(z.object({ item: z.string(), count: z.number(), points: z.number(), capped: z.boolean() })),
  entries: z.array(entryReply),
  designations: z.array(z.enum(['top-five', 'bottom-five'])),
});
export const monthReply = z.object({
  month: z.string(),
  status: z.enum(['provisional', 'final']),
  entryDeadline: z.string(),
  windows: z.array(rankedWindow),
});
export const yearReply = z.object({
  year: z.number(),
  windows: z.array(
    z.object({ windowId: z.string(), firstPlaces: z.number(), topFiveMonths: z.number(), annualRedFlagPriority: z.boolean() }),
  ),
});
export const quarterReply = z.object({
  quarter: z.string(),
  windows: z.array(
    z.object({
      windowId: z.string(),
      months: z.number(),
      averageTotal: z.number(),
      topFiveMonths: z.number(),
      redFlagCandidate: z.boolean(),
    }),
  ),
});

export const remindersQuery = z.object({ date: isoDate.optional() });
export const remindersReply = z.array(
  z.object({
    kind: z.enum(REMINDER_KINDS),
    subjectId: z.string(),
    windowId: z.string().optional(),
    recipient: z.string(),
    dueDate: z.string(),
    workingDaysLeft: z.number(),
  }),
);
