/** Hall set-up and calendar bodies and replies (docs/API.md "Hall set-up", "Calendar"). */
import * as z from 'zod';
import { once } from '#domain/lazy';
import { ITEM_KINDS, POSTS } from '#domain/hall-setup';
import { id, isoDate, name, pageQuery, role, text } from './fields';

const clockTime = once(() => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM'));

export const openingHours = once(() =>
  z
    .strictObject({ open: clockTime(), close: clockTime() })
    .refine((h) => h.open < h.close, { message: 'open must be before close', path: ['close'] }),
);

export const hallBody = once(() => z.object({ name: name(), openingHours: openingHours().optional() }));
export const departmentBody = once(() => z.object({ name: name() }));
export const windowBody = once(() =>
  z.object({
    name: name(),
    departmentId: id,
    leaderName: name().optional(),
    headName: name().optional(),
    /** The first day the window is open (default: the day it is first set up; may be in the past). */
    openedOn: isoDate.optional(),
    /** The day it closed (it is not open from then on); `null` reopens it. */
    closedOn: isoDate.nullable().optional(),
  }),
);
export const staffBody = once(() =>
  z.object({
    name: name(),
    windowId: id.optional(),
    post: z.enum(POSTS).optional(),
    chiefRepresentative: z.boolean().optional(),
    /** Other windows this staff member is the B post of (AB岗 across windows). */
    bPostOf: z.array(id).max(20).optional(),
    roles: z.array(role()).min(1).max(5),
    /** false deactivates the account: it is refused everything (default true). */
    active: z.boolean().optional(),
  }),
);
export const leaveBody = once(() => z.object({ to: isoDate }));

export const material = once(() => z.strictObject({ id, name: text(200, false) }));
export const itemBody = once(() =>
  z
    .object({
      name: text(200, false),
      kind: z.enum(ITEM_KINDS),
      departmentId: id,
      windowIds: z.array(id).min(1).max(50),
      legalLimitDays: z.number().int().min(1).max(365),
      promisedLimitDays: z.number().int().min(1).max(365),
      materials: z.array(material()).max(100),
    })
    .refine((i) => i.promisedLimitDays <= i.legalLimitDays, {
      message: 'promised limit must not exceed the legal limit',
      path: ['promisedLimitDays'],
    })
    .refine((i) => new Set(i.materials.map((m) => m.id)).size === i.materials.length, {
      message: 'material ids must be unique',
      path: ['materials'],
    }),
);

export const nationalCalendarBody = once(() =>
  z.object({
    holidays: z.array(isoDate).max(366),
    workdays: z.array(isoDate).max(366),
  }),
);
export const hallCalendarBody = once(() => z.object({ open: z.boolean(), reason: text(200, false) }));

// Replies: strict, so a field a handler returns that is not listed here fails the tests (and
// the OpenAPI document, generated from these, says `additionalProperties: false`).
export const hall = once(() =>
  z.strictObject({
    ...hallBody().shape,
    hallId: id,
    openingHours: openingHours(),
    updatedAt: z.string(),
    updatedBy: z.string().optional(),
  }),
);
export const department = once(() =>
  z.strictObject({
    ...departmentBody().shape,
    hallId: id,
    departmentId: id,
    updatedAt: z.string(),
    updatedBy: z.string().optional(),
  }),
);
export const window = once(() =>
  z.strictObject({
    ...windowBody().shape,
    hallId: id,
    windowId: id,
    openedOn: isoDate,
    closedOn: isoDate.optional(),
    createdAt: z.string().optional(),
    updatedAt: z.string(),
    updatedBy: z.string().optional(),
  }),
);
export const staff = once(() =>
  z.strictObject({
    ...staffBody().shape,
    hallId: id,
    staffId: id,
    updatedAt: z.string(),
    updatedBy: z.string().optional(),
  }),
);
export const leave = once(() =>
  z.strictObject({
    hallId: id,
    staffId: id,
    from: isoDate,
    to: isoDate,
    updatedAt: z.string(),
    updatedBy: z.string().optional(),
  }),
);
export const item = once(() =>
  z.strictObject({
    hallId: id,
    itemId: id,
    name: z.string(),
    kind: z.enum(ITEM_KINDS),
    departmentId: id,
    windowIds: z.array(id),
    legalLimitDays: z.number(),
    promisedLimitDays: z.number(),
    materials: z.array(material()),
    updatedAt: z.string(),
    updatedBy: z.string().optional(),
  }),
);
/** A page of set-up records as stored. */
const pageOf = <T extends z.ZodType>(record: () => T) =>
  once(() => z.strictObject({ items: z.array(record()), nextCursor: z.string().optional() }));
export const departmentPage = pageOf(department);
export const windowPage = pageOf(window);
export const staffPage = pageOf(staff);

export const publicGuide = once(() =>
  z.strictObject({
    hallId: id,
    hallName: z.string(),
    openingHours: openingHours(),
    items: z.array(item().omit({ hallId: true, updatedAt: true, updatedBy: true }).extend({ departmentName: z.string().optional() })),
    nextCursor: z.string().optional(),
  }),
);
export const nationalYear = once(() =>
  z.strictObject({
    year: z.number(),
    holidays: z.array(isoDate),
    workdays: z.array(isoDate),
    updatedAt: z.string(),
    updatedBy: z.string().optional(),
  }),
);
export const hallCalendarDay = once(() =>
  z.strictObject({
    hallId: id,
    date: isoDate,
    open: z.boolean(),
    reason: z.string(),
    updatedAt: z.string(),
    updatedBy: z.string().optional(),
  }),
);
export const dayStatusReply = once(() =>
  z.strictObject({
    date: isoDate,
    workingDay: z.boolean(),
    reason: z.string(),
    provisional: z.boolean(),
  }),
);
export const plusReply = once(() => z.strictObject({ from: isoDate, workingDays: z.number(), date: isoDate, provisional: z.boolean() }));

export const auditQuery = once(() =>
  z.strictObject({
    from: isoDate,
    to: isoDate,
    actor: id.optional(),
    ...pageQuery(),
  }),
);
export const auditPage = once(() =>
  z.strictObject({
    items: z.array(
      z.strictObject({
        at: z.string(),
        actor: z.string(),
        roles: z.array(role()),
        action: z.string(),
        subject: z.record(z.string(), z.string()),
        requestId: z.string(),
        outcome: z.literal('not-completed').optional().describe('Only on a write that failed after its audit record was written beside it'),
      }),
    ),
    nextCursor: z.string().optional(),
  }),
);
