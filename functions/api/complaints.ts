/** The complaint inbox: details, lists by assignee or status, and resolution. */
import { authorize, can, type Principal } from '#domain/access';
import { resolve, respond, review, type Complaint } from '#domain/complaints';
import { notFound } from '#domain/errors';
import { complaintRecords } from '#adapters/complaint-records';
import type { CipherDeps, StoreDeps } from '#adapters/deps';
import { storeFromEnvironment } from '#adapters/environment';
import { cipherFromEnvironment } from '#adapters/field-cipher';
import { recordMetric } from '#adapters/metrics';
import { complaintsRoutes } from '#api/routes/complaints';
import { apiHandler } from '#lambda/api';

type Deps = StoreDeps & CipherDeps;

async function loadComplaint(d: Deps, hallId: string, complaintId: string): Promise<Complaint> {
  const found = await complaintRecords.getInHall(d, hallId, complaintId);
  if (!found) throw notFound('COMPLAINT_NOT_FOUND', 'Complaint not found');
  return found;
}

/** The staff view: the complainant's contact only for those working the complaint. */
async function staffView(d: Deps, c: Complaint, p: Principal) {
  const { contactCipher, ...rest } = c;
  return {
    ...rest,
    ...(can(p, 'work-on-complaint', c) && contactCipher
      ? { contact: await d.cipher.decrypt(contactCipher, { hallId: c.hallId, complaintId: c.complaintId }) }
      : {}),
  };
}

export const handler = apiHandler(
  'complaints',
  complaintsRoutes,
  {
    async 'GET /v1/halls/{hallId}/complaints/{complaintId}'({ principal, params, deps }) {
      authorize(principal, 'read-hall', params);
      return staffView(deps, await loadComplaint(deps, params.hallId, params.complaintId), principal);
    },

    async 'GET /v1/halls/{hallId}/complaints'({ principal, params, query, deps }) {
      authorize(principal, 'read-hall', params);
      const paging = { limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) };
      const page = query.recipient
        ? await complaintRecords.workList(deps, params.hallId, principal.id, can(principal, 'review-finding', params), paging)
        : await complaintRecords.page(
            deps,
            params.hallId,
            query.assignee ? { by: 'assignee', staffId: query.assignee } : { by: 'status', status: query.status ?? 'assigned' },
            { ...paging, where: query.assignee && query.status ? { status: query.status } : {} },
          );
      return {
        items: page.items.map(({ contactCipher: _contact, ...c }) => c),
        ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
      };
    },

    async 'POST /v1/halls/{hallId}/complaints/{complaintId}/resolution'({ principal, params, body, deps, now }) {
      authorize(principal, 'read-hall', params);
      const current = await loadComplaint(deps, params.hallId, params.complaintId);
      authorize(principal, 'work-on-complaint', current);
      const next = resolve(current, principal.id, body, now, can(principal, 'review-finding', current));
      const saved = await complaintRecords.update(deps, current, next);
      if (saved.status === 'under-review') recordMetric('ComplaintsAwaitingReview');
      return staffView(deps, saved, principal);
    },

    async 'POST /v1/halls/{hallId}/complaints/{complaintId}/review'({ principal, params, body, deps, now }) {
      authorize(principal, 'review-finding', params);
      const current = await loadComplaint(deps, params.hallId, params.complaintId);
      return staffView(deps, await complaintRecords.update(deps, current, review(current, principal.id, body, now)), principal);
    },

    async 'POST /v1/halls/{hallId}/complaints/{complaintId}/response'({ principal, params, body, deps, now }) {
      authorize(principal, 'read-hall', params);
      const current = await loadComplaint(deps, params.hallId, params.complaintId);
      authorize(principal, 'work-on-complaint', current);
      return staffView(deps, await complaintRecords.update(deps, current, respond(current, principal.id, body.message, now)), principal);
    },
  },
  () => ({ ...storeFromEnvironment(), cipher: cipherFromEnvironment() }),
);
