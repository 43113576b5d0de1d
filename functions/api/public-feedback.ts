/**
 * Public feedback (no login): ratings (好差评) with the receipt code, complaints (投诉), and the
 * applicant's choice about messages that are not essential (also with the receipt code).
 */
import { fileComplaint, isBadRating, rate, rectificationFor, type Rating, type RatingLevel } from '#domain/complaints';
import { conflict, forbidden, refused } from '#domain/errors';
import { caseRecords } from '#adapters/case-records';
import { complaintRecords, ratingRecords } from '#adapters/complaint-records';
import type { KeyedHashDeps, StoreDeps } from '#adapters/deps';
import { storeFromEnvironment } from '#adapters/environment';
import { cipherFromEnvironment } from '#adapters/field-cipher';
import { keyedHashFromEnvironment } from '#adapters/keyed-hash';
import { hallRecords } from '#adapters/hall-records';
import { preferenceRecords } from '#adapters/notification-records';
import { choosePreference } from '#domain/notification-preferences';
import { newSortableId, sameSecret } from '#adapters/ids';
import { createIdempotently } from '#adapters/idempotency';
import { CODE_CHECKS, consume, consumeAll, PREFERENCE_CHANGES } from '#adapters/rate-limit';
import { hallRules } from '#adapters/hall-rules';
import { anonymousLimits } from '#domain/hall-rules';
import { businessDate, monthOf } from '#domain/time';
import { idempotencyScopes } from '#adapters/table';
import { apiHandler, Reply } from '#lambda/api';

/** The hall's abuse limits (hall rules) on anonymous feedback, counted for this request. */
async function limitAnonymous(d: StoreDeps & KeyedHashDeps, kind: 'ratings' | 'complaints', hallId: string, sourceIp: string, now: Date) {
  const rules = await hallRules.inForce(d, hallId, monthOf(businessDate(now)));
  await consumeAll(d, anonymousLimits(rules, kind), { hallId, sourceIp }, now);
}

const ratingReply = (r: Rating) => ({
  caseId: r.caseId,
  level: r.level,
  ratedAt: r.ratedAt,
  ...(r.rectificationId ? { rectificationId: r.rectificationId } : {}),
});

/**
 * A bad rating's rectification ticket. Its id is fixed by the case, so writing it again (a
 * retry after a failure between the two writes) never makes a second one.
 */
async function ensureRectification(d: StoreDeps, rating: Rating, itemId: string): Promise<void> {
  if (isBadRating(rating.level)) await complaintRecords.createOnce(d, rectificationFor({ ...rating, itemId }));
}

/** References in a complaint must belong to the hall; a case gives its window and item. */
async function complaintSubject(d: StoreDeps, hallId: string, body: { caseId?: string; windowId?: string; itemId?: string }) {
  const problems: { field: string; message: string }[] = [];
  let { windowId, itemId } = body;
  if (body.caseId) {
    const found = await caseRecords.getInHall(d, hallId, body.caseId);
    if (!found) problems.push({ field: 'caseId', message: 'no such case in this hall' });
    // The case's own window comes first (DOMAIN: the window of the case, or the window named).
    else ({ windowId, itemId } = { windowId: found.windowId, itemId: found.itemId });
  }
  if (body.windowId && !(await hallRecords.getWindow(d, hallId, body.windowId)))
    problems.push({ field: 'windowId', message: 'no such window in this hall' });
  if (body.itemId && !(await hallRecords.getItem(d, hallId, body.itemId)))
    problems.push({ field: 'itemId', message: 'no such item in this hall' });
  if (problems.length) throw refused('UNKNOWN_REFERENCE', 'The complaint refers to records that do not exist in this hall', problems);
  return { ...(body.caseId ? { caseId: body.caseId } : {}), ...(windowId ? { windowId } : {}), ...(itemId ? { itemId } : {}) };
}

export const handler = apiHandler(
  'public-feedback',
  {
    async 'POST /v1/public/cases/{caseId}/rating'({ params, body, headers, sourceIp, deps, now }) {
      await consume(deps, CODE_CHECKS, sourceIp, now);
      const found = await caseRecords.getAnyHall(deps, params.caseId);
      // An unknown case and a wrong code get the same answer: no hint whether the case exists.
      if (!found || !sameSecret(found.publicCode, body.code)) throw forbidden('The case number and code do not match');
      await limitAnonymous(deps, 'ratings', found.hallId, sourceIp, now);
      // With an Idempotency-Key, a retry of the same rating gets the first 201 again.
      await createIdempotently(
        deps,
        { scope: idempotencyScopes.rating(found.caseId), key: headers['idempotency-key'], body },
        () => found.caseId,
        async () => {
          const rating = rate(found, body.level as RatingLevel, body.comment, now);
          if (!(await ratingRecords.createOnce(deps, rating))) {
            // A retry of a rating whose rectification could not be written completes it; then 409.
            const existing = await ratingRecords.get(deps, found.caseId);
            if (existing) await ensureRectification(deps, existing, found.itemId);
            throw conflict('ALREADY_RATED', 'This case has already been rated');
          }
          await ensureRectification(deps, rating, found.itemId);
        },
      );
      const saved = await ratingRecords.get(deps, found.caseId);
      if (!saved) throw new Error(`The rating of case ${found.caseId} is missing right after it was written`);
      return new Reply(201, ratingReply(saved));
    },

    // Stored per case; the sender keeps it per phone (a keyed hash) from the event the outbox publishes.
    async 'POST /v1/public/cases/{caseId}/notification-preferences'({ params, body, sourceIp, deps, now }) {
      await consume(deps, CODE_CHECKS, sourceIp, now);
      await consume(deps, PREFERENCE_CHANGES, sourceIp, now);
      const found = await caseRecords.getAnyHall(deps, params.caseId);
      if (!found || !sameSecret(found.publicCode, body.code)) throw forbidden('The case number and code do not match');
      const current = await preferenceRecords.get(deps, found.caseId);
      const saved = await preferenceRecords.save(deps, current, choosePreference(current, found, body.optOut, now));
      return { caseId: saved.caseId, optOut: saved.optOut, updatedAt: saved.updatedAt };
    },

    async 'POST /v1/public/halls/{hallId}/complaints'({ params, body, headers, sourceIp, deps, now }) {
      const { hallId } = params;
      await limitAnonymous(deps, 'complaints', hallId, sourceIp, now);
      const { id } = await createIdempotently(
        deps,
        {
          scope: idempotencyScopes.complaint(hallId, await deps.keyedHash.digest('idempotency-source', sourceIp)),
          key: headers['idempotency-key'],
          body,
        },
        newSortableId,
        async (complaintId) => {
          const subject = await complaintSubject(deps, hallId, body);
          const contactCipher = body.contact ? await deps.cipher.encrypt(body.contact, { hallId, complaintId }) : undefined;
          await complaintRecords.createOnce(
            deps,
            fileComplaint(
              {
                complaintId,
                hallId,
                category: body.category,
                description: body.description,
                ...subject,
                ...(contactCipher ? { contactCipher } : {}),
              },
              now,
            ),
          );
        },
      );
      return new Reply(202, { complaintId: id, status: 'received' });
    },
  },
  () => ({ ...storeFromEnvironment(), cipher: cipherFromEnvironment(), keyedHash: keyedHashFromEnvironment() }),
);
