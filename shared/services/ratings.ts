/**
 * Recording a rating (好差评), whoever gives it: the applicant with the receipt code
 * (functions/api/public-feedback.ts) or the window's rating device (functions/api/queue.ts).
 * One rating per case, whichever comes first; a bad one (level 1–2) opens its rectification.
 */
import { conflict, notFound } from '#domain/errors';
import { isBadRating, rate, rectificationFor, type Rating, type RatingLevel } from '#domain/complaints';
import { rateableServiceAt, servicesOf } from '#domain/device-ratings';
import { caseRecords } from '#adapters/case-records';
import { complaintRecords, ratingRecords } from '#adapters/complaint-records';
import type { KeyedHashDeps, StoreDeps } from '#adapters/deps';
import { createIdempotently } from '#adapters/idempotency';
import { queueRecords } from '#adapters/queue-records';
import { idempotencyScopes } from '#adapters/table';

/**
 * A bad rating's rectification ticket. Its id is fixed by the case, so writing it again (a
 * retry after a failure between the two writes) never makes a second one.
 */
async function ensureRectification(d: StoreDeps, rating: Rating, itemId: string): Promise<void> {
  if (isBadRating(rating.level)) await complaintRecords.createOnce(d, rectificationFor({ ...rating, itemId }));
}

/**
 * Saves the rating of a case (of item `itemId`) unless the case is rated already (409
 * ALREADY_RATED); with an Idempotency-Key, a retry of the same request gets the first rating
 * again. Returns the rating as stored.
 */
export async function recordRating(
  d: StoreDeps & KeyedHashDeps,
  rating: Rating,
  itemId: string,
  request: { idempotencyKey: string | undefined; body: unknown },
): Promise<Rating> {
  const { replayed } = await createIdempotently(
    d,
    { scope: idempotencyScopes.rating(rating.caseId), key: request.idempotencyKey, body: request.body },
    () => rating.caseId,
    async () => {
      if (!(await ratingRecords.createOnce(d, rating))) {
        // A retry of a rating whose rectification could not be written completes it; then 409.
        const existing = await ratingRecords.get(d, rating.caseId);
        if (existing) await ensureRectification(d, existing, itemId);
        throw conflict('ALREADY_RATED', 'This case has already been rated');
      }
      await ensureRectification(d, rating, itemId);
    },
  );
  if (!replayed) return rating;
  // A retry with the same Idempotency-Key: the rating the first request stored.
  const saved = await ratingRecords.get(d, rating.caseId);
  if (!saved) throw new Error(`The rating of case ${rating.caseId} is missing after its request completed`);
  return saved;
}

/** The reply to whoever rated: the rating, and the rectification a bad one opened. */
export const ratingView = (r: Rating) => ({
  caseId: r.caseId,
  level: r.level,
  ratedAt: r.ratedAt,
  ...(r.rectificationId ? { rectificationId: r.rectificationId } : {}),
});

export interface DeviceRating {
  hallId: string;
  /** The device's window (its token's claim, checked against the path by the access rules). */
  windowId: string;
  deviceId: string;
  caseId: string;
  level: RatingLevel;
}

/**
 * A rating from the device of the window that served the case (concluded it, or served a ticket
 * with it) in the last 30 minutes; attributed to that window and the staff member who served
 * (the rated service's). No per-address limit: a hall's
 * devices all rate from its address, and each rating is tied to a service.
 */
export async function rateAtDevice(
  d: StoreDeps & KeyedHashDeps,
  r: DeviceRating,
  request: { idempotencyKey: string | undefined; body: unknown },
  now: Date,
): Promise<Rating> {
  const rated = await caseRecords.getInHall(d, r.hallId, r.caseId);
  if (!rated) throw notFound('CASE_NOT_FOUND', 'Case not found');
  // The index of served tickets is eventually consistent: a serve is visible to it well within the second it takes to press a key.
  const services = servicesOf(rated, await queueRecords.ticketsOfCase(d, r.hallId, r.caseId));
  const service = rateableServiceAt(rated.caseId, r.windowId, services, now);
  // The rating is of that service: its window, and who gave it (a ticket's server, or whoever concluded the case).
  const { staffId: _concluder, ...rating } = rate({ ...rated, windowId: r.windowId }, r.level, undefined, now);
  return recordRating(d, { ...rating, ...(service.by ? { staffId: service.by } : {}), deviceId: r.deviceId }, rated.itemId, request);
}
