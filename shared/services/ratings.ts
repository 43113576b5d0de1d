/**
 * Recording a rating (好差评), whoever gives it: the applicant with the receipt code
 * (functions/api/public-feedback.ts) or the window's rating device (functions/api/queue.ts).
 * One rating per case, whichever comes first; a bad one (level 1–2) opens its rectification.
 */
import { conflict } from '#domain/errors';
import { isBadRating, rectificationFor, type Rating } from '#domain/complaints';
import { complaintRecords, ratingRecords } from '#adapters/complaint-records';
import type { KeyedHashDeps, StoreDeps } from '#adapters/deps';
import { createIdempotently } from '#adapters/idempotency';
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
  await createIdempotently(
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
  const saved = await ratingRecords.get(d, rating.caseId);
  if (!saved) throw new Error(`The rating of case ${rating.caseId} is missing right after it was written`);
  return saved;
}

/** The reply to whoever rated: the rating, and the rectification a bad one opened. */
export const ratingView = (r: Rating) => ({
  caseId: r.caseId,
  level: r.level,
  ratedAt: r.ratedAt,
  ...(r.rectificationId ? { rectificationId: r.rectificationId } : {}),
});
