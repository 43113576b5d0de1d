/** Case bodies, queries and replies (docs/API.md "Cases"). */
import * as z from 'zod';
import { once } from '#domain/lazy';
import { CASE_ACTIONS, CASE_STATUSES, NOTICE_KINDS, OUTCOMES } from '#domain/cases';
import { id, month, name, pageQuery, secretCode, text, timestamp } from './fields';

// 18-digit resident ID (last may be X) or 15-digit legacy; a phone of 6-20 digits, +, - or spaces.
const idNumber = once(() => z.string().regex(/^(\d{17}[\dXx]|\d{15})$/, 'must be a 15- or 18-character resident ID number'));
const phone = once(() => z.string().regex(/^\+?[\d\- ]{6,20}$/, 'must be a phone number'));

/** Material ids, each once (a repeated id is a client's mistake, and would only grow the case). */
const materialIds = (min: number) =>
  z
    .array(id)
    .min(min)
    .max(100)
    .refine((ids) => new Set(ids).size === ids.length, 'material ids must not repeat');

export const intakeBody = once(() =>
  z.object({
    itemId: id,
    windowId: id,
    applicant: z.object({ name: name(), idNumber: idNumber().optional(), phone: phone().optional() }),
    submittedMaterials: materialIds(0),
    receivedAt: timestamp().optional(),
  }),
);
export const materialsBody = once(() => z.object({ materials: materialIds(1) }));
export const supplementRequestBody = once(() => z.object({ materials: materialIds(1), reason: text(500) }));
export const decisionBody = once(() =>
  z.object({
    outcome: z.enum(OUTCOMES),
    reason: text(1000).optional(),
    remedy: text(1000).optional(),
  }),
);
export const refusalBody = once(() => z.object({ reason: text(1000), remedy: text(1000) }));
export const withdrawalBody = once(() => z.object({ reason: text(500) }));
// The contract's 1..10 is the domain's rule (422 beyond ten); the schema only bounds the number.
export const extensionBody = once(() => z.object({ workingDays: z.number().int().min(1).max(365), reason: text(500) }));
export const suspensionBody = once(() => z.object({ reason: text(500) }));
export const resumptionBody = once(() => z.object({}).optional());
export const referralBody = once(() => z.object({ opinion: text(2000), authority: text(200) }));
export const transferBody = once(() => z.object({ windowId: id, reason: text(500) }));
/** The search parameters (exact match within the hall) and the case list's own parameters. */
const SEARCH_PARAMETERS = ['idNumber', 'phone', 'applicantName', 'publicCode'] as const;
const LIST_PARAMETERS = ['windowId', 'status', 'month'] as const;

/** A list by window, month or status; or a search by one key; or the caller's work list: one of the three at a time. */
export const caseListQuery = once(() =>
  z
    .strictObject({
      windowId: id.optional(),
      status: z.enum(CASE_STATUSES).optional(),
      month: month.optional(),
      idNumber: idNumber().optional(),
      phone: phone().optional(),
      applicantName: name().optional(),
      publicCode: z
        .string()
        .trim()
        .regex(/^[0-9A-Za-z]{1,32}$/, 'must be the receipt code')
        .optional(),
      /** `me`: the open cases with a due date at the windows the caller works (their own, and those they are the B post of), most urgent first. */
      recipient: z.literal('me').optional(),
      ...pageQuery(),
    })
    .superRefine((q, ctx) => {
      const given = (names: readonly (keyof typeof q)[]) => names.filter((n) => q[n] !== undefined);
      const searches = given(SEARCH_PARAMETERS);
      const kinds = [searches.length > 0, given(LIST_PARAMETERS).length > 0, q.recipient !== undefined].filter(Boolean).length;
      for (const extra of searches.slice(1)) ctx.addIssue({ code: 'custom', path: [extra], message: 'search by one key at a time' });
      if (kinds > 1) {
        ctx.addIssue({
          code: 'custom',
          path: [searches[0] ?? 'recipient'],
          message: 'a search, a work list and a list by window, month or status do not combine',
        });
      }
    }),
);
export const publicCaseQuery = once(() => z.strictObject({ code: secretCode() }));

const historyEntry = once(() =>
  z.strictObject({
    at: z.string(),
    by: z.string(),
    action: z.enum(CASE_ACTIONS),
    materials: z.array(z.string()).optional(),
    reason: z.string().optional(),
    remedy: z.string().optional(),
    dueDate: z.string().optional(),
    recordedAt: z.string().optional(),
    workingDays: z.number().optional(),
    previousDueDate: z.string().optional(),
    fromWindowId: z.string().optional(),
    toWindowId: z.string().optional(),
    opinion: z.string().optional(),
    authority: z.string().optional(),
    notice: z.enum(NOTICE_KINDS).optional(),
  }),
);

export const caseReply = once(() =>
  z.strictObject({
    caseId: z.string(),
    hallId: z.string(),
    itemId: z.string(),
    itemName: z.string(),
    windowId: z.string(),
    status: z.enum(CASE_STATUSES),
    receivedAt: z.string(),
    acceptedAt: z.string().optional(),
    dueDate: z.string().optional(),
    provisional: z.boolean().optional(),
    concludedAt: z.string().optional(),
    /** Who recorded the conclusion (the decision's staff member). */
    concludedBy: z.string().optional(),
    overdue: z.boolean(),
    submittedMaterials: z.array(z.string()),
    missingMaterials: z.array(z.string()),
    oneTimeNotice: z.strictObject({ materials: z.array(z.strictObject({ id: z.string(), name: z.string() })) }).optional(),
    secondNotices: z.number(),
    applicant: z.strictObject({ name: z.string(), idNumber: z.string().optional(), phone: z.string().optional() }),
    reason: z.string().optional(),
    remedy: z.string().optional(),
    /** Working days the due date was extended by (Art. 42), once. */
    extendedBy: z.number().optional(),
    /** The referral to the authority that decides, with the chief representative's preliminary opinion. */
    referral: z.strictObject({ at: z.string(), by: z.string(), opinion: z.string(), authority: z.string() }).optional(),
    history: z.array(historyEntry()),
    version: z.number(),
  }),
);
/** The intake reply: the case and, this once, the receipt code to hand to the applicant (`POST .../receipt` reprints it). */
export const intakeReply = once(() => caseReply().extend({ publicCode: z.string() }));
export const casePage = once(() =>
  z.strictObject({ items: z.array(caseReply().omit({ history: true })), nextCursor: z.string().optional() }),
);
export const receiptReply = once(() => z.strictObject({ caseId: z.string(), publicCode: z.string(), reprintedAt: z.string() }));
export const publicCaseReply = once(() =>
  z.strictObject({
    caseId: z.string(),
    itemName: z.string(),
    status: z.enum(CASE_STATUSES),
    receivedAt: z.string(),
    dueDate: z.string().nullable(),
    concludedAt: z.string().nullable(),
    applicantName: z.string(),
    /** The materials still missing, by name. */
    missingMaterials: z.array(z.string()),
    /** Why, and the remedy (救济途径): for a case not accepted or rejected only. */
    reason: z.string().optional(),
    remedy: z.string().optional(),
  }),
);
