/** The complaint inbox: details, lists by assignee or status, and resolution. */
import { requireStaffOfHall } from '#domain/access';
import { resolve, type Complaint } from '#domain/complaints';
import { notFound } from '#domain/errors';
import { complaintRecords } from '#adapters/complaint-records';
import type { Deps } from '#adapters/deps';
import { apiHandler } from '#http/api';

async function loadComplaint(d: Deps, hallId: string, complaintId: string): Promise<Complaint> {
  const found = await complaintRecords.get(d, complaintId);
  if (!found || found.hallId !== hallId) throw notFound('Complaint');
  return found;
}

/** The staff view: the complainant's contact decrypted (staff only). */
async function staffView(d: Deps, c: Complaint) {
  const { contactCipher, ...rest } = c;
  return { ...rest, ...(contactCipher ? { contact: await d.cipher.decrypt(contactCipher, { hallId: c.hallId, complaintId: c.complaintId }) } : {}) };
}

export const handler = apiHandler('complaints', {
  async 'GET /v1/halls/{hallId}/complaints/{complaintId}'({ principal, params, deps }) {
    requireStaffOfHall(principal, params.hallId);
    return staffView(deps, await loadComplaint(deps, params.hallId, params.complaintId));
  },

  async 'GET /v1/halls/{hallId}/complaints'({ principal, params, query, deps }) {
    requireStaffOfHall(principal, params.hallId);
    const page = await complaintRecords.list(
      deps,
      params.hallId,
      query.assignee ? { by: 'assignee', staffId: query.assignee } : { by: 'status', status: query.status ?? 'assigned' },
      { limit: query.limit, where: query.assignee && query.status ? { status: query.status } : {}, ...(query.cursor ? { cursor: query.cursor } : {}) },
    );
    return { items: page.items.map(({ contactCipher: _contact, ...c }) => c), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  },

  async 'POST /v1/halls/{hallId}/complaints/{complaintId}/resolution'({ principal, params, body, deps, now }) {
    requireStaffOfHall(principal, params.hallId);
    const current = await loadComplaint(deps, params.hallId, params.complaintId);
    return staffView(deps, await complaintRecords.update(deps, current, resolve(current, principal, body, now)));
  },
});
