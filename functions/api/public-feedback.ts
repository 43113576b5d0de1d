/**
 * Public feedback (no login): ratings (好差评) with the receipt code, complaints (投诉), and the
 * applicant's choice about messages that are not essential (also with the receipt code).
 */
import { concludedByOf } from '#domain/cases';
import { fileComplaint, rate, type RatingLevel } from '#domain/complaints';
import { forbidden, refused } from '#domain/errors';
import { caseRecords } from '#adapters/case-records';
import { complaintRecords } from '#adapters/complaint-records';
import type { StoreDeps } from '#adapters/deps';
import { storeFromEnvironment } from '#adapters/environment';
import { cipherFromEnvironment } from '#adapters/field-cipher';
import { keyedHashFromEnvironment } from '#adapters/keyed-hash';
import { hallRecords } from '#adapters/hall-records';
import { preferenceRecords } from '#adapters/notification-records';
import { choosePreference } from '#domain/notification-preferences';
import { newSortableId, sameSecret } from '#adapters/ids';
import { createIdempotently } from '#adapters/idempotency';
import { CODE_CHECKS, consume, PREFERENCE_CHANGES } from '#adapters/rate-limit';
import { idempotencyScopes } from '#adapters/table';
import { limitAnonymous } from '#services/abuse-limits';
import { ratingView, recordRating } from '#services/ratings';
import { publicFeedbackRoutes } from '#api/routes/public-feedback';
import { apiHandler, Reply } from '#lambda/api';

/** References in a complaint must belong to the hall; a case gives its window and item. */
async function complaintSubject(d: StoreDeps, hallId: string, body: { caseId?: string; windowId?: string; itemId?: string }) {
  const problems: { field: string; message: string }[] = [];
  let { windowId, itemId } = body;
  let staffId: string | undefined;
  if (body.caseId) {
    const found = await caseRecords.getInHall(d, hallId, body.caseId);
    if (!found) problems.push({ field: 'caseId', message: 'no such case in this hall' });
    // The case's own window comes first (DOMAIN: the window of the case, or the window named);
    // a concluded case's complaint counts for whoever concluded it, as its rating does.
    else ({ windowId, itemId, staffId } = { windowId: found.windowId, itemId: found.itemId, staffId: concludedByOf(found) });
  }
  if (body.windowId && !(await hallRecords.getWindow(d, hallId, body.windowId)))
    problems.push({ field: 'windowId', message: 'no such window in this hall' });
  if (body.itemId && !(await hallRecords.getItem(d, hallId, body.itemId)))
    problems.push({ field: 'itemId', message: 'no such item in this hall' });
  if (problems.length) throw refused('UNKNOWN_REFERENCE', 'The complaint refers to records that do not exist in this hall', problems);
  return {
    ...(body.caseId ? { caseId: body.caseId } : {}),
    ...(windowId ? { windowId } : {}),
    ...(itemId ? { itemId } : {}),
    ...(staffId ? { staffId } : {}),
  };
}

export const handler = apiHandler(
  'public-feedback',
  publicFeedbackRoutes,
  {
    async 'POST /v1/public/cases/{caseId}/rating'({ params, body, headers, sourceIp, deps, now }) {
      await consume(deps, CODE_CHECKS, sourceIp, now);
      const found = await caseRecords.getAnyHall(deps, params.caseId);
      // An unknown case and a wrong code get the same answer: no hint whether the case exists.
      if (!found || !sameSecret(found.publicCode, body.code)) throw forbidden('The case number and code do not match');
      await limitAnonymous(deps, 'ratings', { hallId: found.hallId, sourceIp }, now);
      const rating = rate(found, body.level as RatingLevel, body.comment, now);
      const saved = await recordRating(deps, rating, found.itemId, { idempotencyKey: headers['idempotency-key'], body });
      return new Reply(201, ratingView(saved));
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
      await limitAnonymous(deps, 'complaints', { hallId, sourceIp }, now);
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
