/** Notification deliveries and the applicant's preference (docs/API.md "Notifications" and this repository's additions). */
import * as z from 'zod';
import { once } from '#domain/lazy';
import { CHANNELS, DELIVERY_STATUSES } from '#domain/notifications';
import { isoDate, secretCode } from './fields';

export const notificationsQuery = once(() => z.strictObject({ date: isoDate.optional() }));

/** One delivery per (event, recipient, channel); the recipient masked (139****0000) or a staff id. */
export const notificationsReply = once(() =>
  z.array(
    z.strictObject({
      notificationId: z.string(),
      event: z.string(),
      kind: z.string(),
      channel: z.enum(CHANNELS),
      recipient: z.string(),
      status: z.enum(DELIVERY_STATUSES),
      attempts: z.number().int(),
      /** An SMS held by the quiet hours (21:00–08:00) goes out then. */
      heldUntil: z.string().optional(),
    }),
  ),
);

export const preferenceBody = once(() => z.object({ code: secretCode(), optOut: z.boolean() }));
export const preferenceReply = once(() => z.strictObject({ caseId: z.string(), optOut: z.boolean(), updatedAt: z.string() }));
