/** Cases (办件): intake, materials, second notices, decisions and the staff views. */
import { authorize, can, type Principal, type StaffStanding } from '#domain/access';
import type { Calendar } from '#domain/calendar';
import {
  decide,
  intake,
  isOverdue,
  receiveMaterials,
  reprintReceipt,
  requestSupplement,
  type Applicant,
  type Case,
  type ItemTerms,
} from '#domain/cases';
import { isDomainError, notFound } from '#domain/errors';
import type { Item } from '#domain/hall-setup';
import { businessDate, monthOf } from '#domain/time';
import { caseRecords, type CaseListQuery } from '#adapters/case-records';
import type { CipherDeps, StoreDeps } from '#adapters/deps';
import { storeFromEnvironment } from '#adapters/environment';
import { cipherFromEnvironment } from '#adapters/field-cipher';
import { keyedHashFromEnvironment } from '#adapters/keyed-hash';
import { loadHallCalendar } from '#adapters/hall-calendar';
import { hallRecords } from '#adapters/hall-records';
import { newPublicCode, newSortableId } from '#adapters/ids';
import { createIdempotently } from '#adapters/idempotency';
import { idempotencyScopes } from '#adapters/table';
import { apiHandler, Reply } from '#lambda/api';

type Deps = StoreDeps & CipherDeps;

const itemTerms = (item: Item): ItemTerms => ({
  itemId: item.itemId,
  name: item.name,
  kind: item.kind,
  windowIds: item.windowIds,
  promisedLimitDays: item.promisedLimitDays,
  materials: item.materials,
});

async function loadItem(d: Deps, hallId: string, itemId: string): Promise<Item> {
  const item = await hallRecords.getItem(d, hallId, itemId);
  if (!item) throw notFound('ITEM_NOT_FOUND', 'Item not found');
  return item;
}

async function loadCase(d: Deps, hallId: string, caseId: string): Promise<Case> {
  const found = await caseRecords.getInHall(d, hallId, caseId);
  if (!found) throw notFound('CASE_NOT_FOUND', 'Case not found');
  return found;
}

const cipherContext = (c: Pick<Case, 'hallId' | 'caseId'>) => ({ hallId: c.hallId, caseId: c.caseId });

async function protectApplicant(
  d: Deps,
  ids: { hallId: string; caseId: string },
  a: { name: string; idNumber?: string; phone?: string },
): Promise<Applicant> {
  const context = cipherContext(ids);
  return {
    name: a.name,
    ...(a.idNumber ? { idNumberCipher: await d.cipher.encrypt(a.idNumber, context) } : {}),
    ...(a.phone ? { phoneCipher: await d.cipher.encrypt(a.phone, context) } : {}),
  };
}

/**
 * The staff view: the reply of docs/API.md. ID number and phone are decrypted only for those
 * handling the case (`reveal`: its window's staff and hall admins); the receipt code is the
 * applicant's and never in it (the intake reply adds it once).
 */
async function staffView(d: Deps, c: Case, now: Date, item?: Item, reveal = true) {
  const { applicant, publicCode: _code, pausedWorkingDaysLeft: _paused, promisedLimitDays: _limit, itemKind: _kind, ...rest } = c;
  const context = cipherContext(c);
  const names = new Map(item?.materials.map((m) => [m.id, m.name]));
  return {
    ...rest,
    overdue: isOverdue(c, now),
    ...(item && c.missingMaterials.length
      ? { oneTimeNotice: { materials: c.missingMaterials.map((id) => ({ id, name: names.get(id) ?? id })) } }
      : {}),
    applicant: {
      name: applicant.name,
      ...(reveal && applicant.idNumberCipher ? { idNumber: await d.cipher.decrypt(applicant.idNumberCipher, context) } : {}),
      ...(reveal && applicant.phoneCipher ? { phone: await d.cipher.decrypt(applicant.phoneCipher, context) } : {}),
    },
  };
}

interface CaseRequest {
  deps: Deps;
  principal: Principal;
  standing: StaffStanding | undefined;
  params: { hallId: string; caseId: string };
  now: Date;
}

/** A change made by the staff of the case's window (materials, notices): load, check, change, save. */
async function changeAtWindow(
  { deps: d, principal, standing, params, now }: CaseRequest,
  change: (c: Case, item: ItemTerms, cal: Calendar) => Case,
) {
  authorize(principal, 'read-hall', params);
  const current = await loadCase(d, params.hallId, params.caseId);
  authorize(principal, 'work-at-window', current, standing);
  const [item, cal] = await Promise.all([loadItem(d, params.hallId, current.itemId), loadHallCalendar(d, params.hallId)]);
  return staffView(d, await caseRecords.update(d, current, change(current, itemTerms(item), cal)), now, item);
}

/** Lists carry no personal data beyond the applicant's name. */
function listView(c: Case, now: Date) {
  const {
    applicant,
    publicCode: _code,
    history: _history,
    pausedWorkingDaysLeft: _paused,
    promisedLimitDays: _limit,
    itemKind: _kind,
    ...rest
  } = c;
  return { ...rest, overdue: isOverdue(c, now), applicant: { name: applicant.name } };
}

/**
 * Picks the index that serves the query; the status then filters within it. A window's list
 * and a list without status are per month (the current month by default).
 */
function listQuery(
  q: { windowId?: string; status?: string; month?: string },
  now: Date,
): { query: CaseListQuery; where: Record<string, string> } {
  const where: Record<string, string> = q.status ? { status: q.status } : {};
  const month = q.month ?? monthOf(businessDate(now));
  if (q.windowId) return { query: { by: 'window-month', windowId: q.windowId, month }, where };
  if (q.status && !q.month) return { query: { by: 'status', status: q.status }, where: {} };
  return { query: { by: 'received-month', month }, where };
}

export const handler = apiHandler(
  'cases',
  {
    async 'POST /v1/halls/{hallId}/cases'({ principal, standing, params, body, headers, deps, now }) {
      const { hallId } = params;
      authorize(principal, 'work-at-window', { hallId, windowId: body.windowId }, standing);
      if (body.receivedAt) authorize(principal, 'backfill-case', { hallId });
      // Read once for the intake and the reply; a replay (no intake) reads it for the reply only.
      let item: Item | undefined;
      const { id, replayed } = await createIdempotently(
        deps,
        { scope: idempotencyScopes.caseIntake(hallId, principal.id), key: headers['idempotency-key'], body },
        newSortableId,
        async (caseId) => {
          const [loaded, cal] = await Promise.all([loadItem(deps, hallId, body.itemId), loadHallCalendar(deps, hallId)]);
          item = loaded;
          const created = intake(
            {
              caseId,
              publicCode: newPublicCode(),
              hallId,
              windowId: body.windowId,
              item: itemTerms(loaded),
              applicant: await protectApplicant(deps, { hallId, caseId }, body.applicant),
              submittedMaterials: body.submittedMaterials,
              receivedAt: body.receivedAt ? new Date(body.receivedAt) : now,
              by: principal.id,
            },
            now,
            cal,
          );
          // Already there: created by an earlier attempt with the same key that died before completing.
          await caseRecords.create(deps, created).catch((err: unknown) => {
            if (!isDomainError(err, 'CASE_EXISTS')) throw err;
          });
        },
      );
      const saved = await loadCase(deps, hallId, id);
      const reply = await staffView(deps, saved, now, item ?? (await hallRecords.getItem(deps, hallId, saved.itemId)));
      // The one time staff see the receipt code: to print it for the applicant.
      return new Reply(201, { ...reply, publicCode: saved.publicCode }, replayed ? { 'idempotent-replayed': 'true' } : {});
    },

    async 'POST /v1/halls/{hallId}/cases/{caseId}/materials'(request) {
      const { body, principal, now } = request;
      return changeAtWindow(request, (c, item, cal) => receiveMaterials(c, item, body.materials, principal.id, now, cal));
    },

    async 'POST /v1/halls/{hallId}/cases/{caseId}/supplement-requests'(request) {
      const { body, principal, now } = request;
      return changeAtWindow(request, (c, item, cal) => requestSupplement(c, item, body.materials, body.reason, principal.id, now, cal));
    },

    async 'POST /v1/halls/{hallId}/cases/{caseId}/decision'({ principal, standing, params, body, deps, now }) {
      authorize(principal, 'read-hall', params);
      const current = await loadCase(deps, params.hallId, params.caseId);
      const subject = { hallId: current.hallId, windowId: current.windowId, itemKind: current.itemKind };
      authorize(principal, 'decide-case', subject, standing);
      const next = await caseRecords.update(deps, current, decide(current, body, principal.id, now));
      return staffView(deps, next, now);
    },

    async 'POST /v1/halls/{hallId}/cases/{caseId}/receipt'({ principal, standing, params, deps, now }) {
      authorize(principal, 'read-hall', params);
      const current = await loadCase(deps, params.hallId, params.caseId);
      authorize(principal, 'work-at-window', current, standing);
      const saved = await caseRecords.update(deps, current, reprintReceipt(current, principal.id, now));
      return { caseId: saved.caseId, publicCode: saved.publicCode, reprintedAt: saved.history.at(-1)?.at ?? '' };
    },

    async 'GET /v1/halls/{hallId}/cases/{caseId}'({ principal, standing, params, deps, now }) {
      authorize(principal, 'read-hall', params);
      const found = await loadCase(deps, params.hallId, params.caseId);
      const item = await hallRecords.getItem(deps, params.hallId, found.itemId);
      return staffView(deps, found, now, item, can(principal, 'read-personal-data', found, standing));
    },

    async 'GET /v1/halls/{hallId}/cases'({ principal, params, query, deps, now }) {
      authorize(principal, 'read-hall', params);
      const { query: list, where } = listQuery(query, now);
      const page = await caseRecords.page(deps, params.hallId, list, {
        limit: query.limit,
        where,
        ...(query.cursor ? { cursor: query.cursor } : {}),
      });
      return { items: page.items.map((c) => listView(c, now)), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
    },
  },
  () => ({ ...storeFromEnvironment(), cipher: cipherFromEnvironment(), keyedHash: keyedHashFromEnvironment() }),
);
