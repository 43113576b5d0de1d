/** The complaint inbox: details, lists by assignee or status, and resolution. */
import { requireStaffOfHall, type Principal } from '#domain/access';
import { resolve, worksOn, type Complaint } from '#domain/complaints';
import { notFound } from '#domain/errors';
import { complaintRecords } from '#adapters/complaint-records';
import type { Deps } from '#adapters/deps';
import { apiHandler } from '#http/api';

async function loadComplaint(d: Deps, hallId: string, complaintId: string): Promise<Complaint> {
  const found = await complaintRecords.get(d, complaintId);
  if (!found || found.hallId !== hallId) throw notFound('Complaint');
  return found;
}

/** The staff view: the complainant's contact only for those working the complaint. */
async function staffView(d: Deps, c: Complaint, p: Principal) {
  const { contactCipher, ...rest } = c;
  return {
    ...rest,
    ...(worksOn(p, c) && contactCipher
      ? { contact: await d.cipher.decrypt(contactCipher, { hallId: c.hallId, complaintId: c.complaintId }) }
      : {}),
  };
}

export const handler = apiHandler('complaints', {
  async 'GET /v1/halls/{hallId}/complaints/{complaintId}'({ principal, params, deps }) {
    requireStaffOfHall(principal, params.hallId);
    return staffView(deps, await loadComplaint(deps, params.hallId, params.complaintId), principal);
  },

  async 'GET /v1/halls/{hallId}/complaints'({ principal, params, query, deps }) {
    requireStaffOfHall(principal, params.hallId);
    const page = await complaintRecords.list(
      deps,
      params.hallId,
      query.assignee ? { by: 'assignee', staffId: query.assignee } : { by: 'status', status: query.status ?? 'assigned' },
      {
        limit: query.limit,
        where: query.assignee && query.status ? { status: query.status } : {},
        ...(query.cursor ? { cursor: query.cursor } : {}),
      },
    );
    return { items: page.items.map(({ contactCipher: _contact, ...c }) => c), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  },

  async 'POST /v1/halls/{hallId}/complaints/{complaintId}/resolution'({ principal, params, body, deps, now }) {
    requireStaffOfHall(principal, params.hallId);
    const current = await loadComplaint(deps, params.hallId, params.complaintId);
    return staffView(deps, await complaintRecords.update(deps, current, resolve(current, principal, body, now)), principal);
  },
});
