/** Monthly window assessment (窗口考核): rules, entries, window reports, scoring, rankings. */
import { authorize, type Principal } from '#domain/access';
import { isEntryOpen, quarterSummary, requireStartedMonth, voidEntry, yearSummary, type AssessmentEntry } from '#domain/assessment';
import { isDomainError, notFound, refused } from '#domain/errors';
import { withChanges } from '#domain/hall-rules';
import { businessDate, monthOf, toOffsetIso } from '#domain/time';
import { assessmentRecords, type StoredMonthResult } from '#adapters/assessment-records';
import type { StoreDeps as Deps } from '#adapters/deps';
import { storeFromEnvironment } from '#adapters/environment';
import { loadHallCalendar } from '#adapters/hall-calendar';
import { keyedHashFromEnvironment } from '#adapters/keyed-hash';
import { hallRecords } from '#adapters/hall-records';
import { hallRules } from '#adapters/hall-rules';
import { newSortableId } from '#adapters/ids';
import { createIdempotently } from '#adapters/idempotency';
import { idempotencyScopes } from '#adapters/table';
import { assessmentsRoutes } from '#api/routes/assessments';
import { apiHandler, Reply } from '#lambda/api';
import { scoreMonth } from '#services/month-scoring';
import { rankingCsv } from '#services/ranking-csv';

const currentMonth = (now: Date) => monthOf(businessDate(now));

const requireStarted = (month: string, now: Date) => requireStartedMonth(month, businessDate(now));

async function requireWindow(d: Deps, hallId: string, windowId: string): Promise<void> {
  if (!(await hallRecords.getWindow(d, hallId, windowId))) {
    throw refused('UNKNOWN_REFERENCE', `Window ${windowId} does not exist in this hall`, [
      { field: 'windowId', message: 'no such window' },
    ]);
  }
}

async function storedResult(d: Deps, hallId: string, month: string, revision?: number): Promise<StoredMonthResult> {
  const result = revision
    ? await assessmentRecords.getRevision(d, hallId, month, revision)
    : await assessmentRecords.getResult(d, hallId, month);
  if (!result && revision) throw notFound('REVISION_NOT_FOUND', `${month} has no revision ${revision}`);
  if (!result) throw notFound('ASSESSMENT_NOT_COMPUTED', 'The month has not been computed yet');
  return result;
}

const publicResult = ({ hallId: _hall, ...result }: StoredMonthResult) => result;

const monthsOfYear = (year: number) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

type ViewContext<P> = { principal: Principal; params: P; deps: Deps };

async function yearView({ principal, params, deps }: ViewContext<{ hallId: string; year: number }>) {
  authorize(principal, 'read-hall', params);
  return yearSummary(params.year, await assessmentRecords.getResults(deps, params.hallId, monthsOfYear(params.year)));
}

async function quarterView({ principal, params, deps }: ViewContext<{ hallId: string; quarter: string }>) {
  authorize(principal, 'read-hall', params);
  const year = Number(params.quarter.slice(0, 4));
  return quarterSummary(params.quarter, await assessmentRecords.getResults(deps, params.hallId, monthsOfYear(year)));
}

export const handler = apiHandler(
  'assessments',
  assessmentsRoutes,
  {
    async 'PUT /v1/halls/{hallId}/assessment-rules'({ principal, params, body, deps, now }) {
      authorize(principal, 'administer-hall', params);
      const { effectiveFrom = currentMonth(now), ...change } = body;
      // Finished months keep the rules they were scored with.
      if (effectiveFrom < currentMonth(now))
        throw refused('RULES_IN_THE_PAST', `Rules can take effect from ${currentMonth(now)} on, not ${effectiveFrom}`);
      return hallRules.put(deps, {
        hallId: params.hallId,
        effectiveFrom,
        rules: withChanges(await hallRules.inForce(deps, params.hallId, effectiveFrom), change),
        updatedBy: principal.id,
        updatedAt: toOffsetIso(now),
      });
    },

    async 'GET /v1/halls/{hallId}/assessment-rules'({ principal, params, query, deps, now }) {
      authorize(principal, 'read-hall', params);
      const month = query.month ?? currentMonth(now);
      return { hallId: params.hallId, effectiveFrom: month, rules: await hallRules.inForce(deps, params.hallId, month) };
    },

    async 'PUT /v1/halls/{hallId}/windows/{windowId}/reports/{month}'({ principal, standing, params, body, deps, now }) {
      authorize(principal, 'work-at-window', params, standing);
      requireStarted(params.month, now);
      await requireWindow(deps, params.hallId, params.windowId);
      return assessmentRecords.putReport(deps, {
        ...params,
        reportedBy: principal.id,
        reportedAt: toOffsetIso(now),
        ...(body.notes ? { notes: body.notes } : {}),
      });
    },

    async 'POST /v1/halls/{hallId}/assessments/{month}/entries'({ principal, params, body, headers, deps, now }) {
      const { hallId, month } = params;
      authorize(principal, 'enter-score', params);
      requireStarted(month, now);
      await requireWindow(deps, hallId, body.windowId);
      const [rules, cal] = await Promise.all([hallRules.inForce(deps, hallId, month), loadHallCalendar(deps, hallId)]);
      const late = !isEntryOpen(cal, month, rules, businessDate(now));
      if (late && !body.lateOverride) throw refused('DEADLINE_PASSED', `Entries for ${month} closed at the scoring deadline`);
      if (late) authorize(principal, 'override-deadline', params);
      const { id } = await createIdempotently(
        deps,
        { scope: idempotencyScopes.assessmentEntry(hallId, month, principal.id), key: headers['idempotency-key'], body },
        newSortableId,
        async (entryId) => {
          const entry: AssessmentEntry = {
            entryId,
            windowId: body.windowId,
            category: body.category,
            points: body.points,
            reason: body.reason,
            enteredBy: principal.id,
            enteredAt: toOffsetIso(now),
            // Recorded only when it was needed: an override before the deadline overrides nothing.
            ...(late ? { lateOverride: true } : {}),
          };
          await assessmentRecords.addEntry(deps, hallId, month, entry).catch((err: unknown) => {
            if (!isDomainError(err, 'ENTRY_EXISTS')) throw err; // created by an attempt that died before completing
          });
        },
      );
      const saved = await assessmentRecords.getEntry(deps, hallId, month, id);
      return new Reply(201, saved);
    },

    async 'POST /v1/halls/{hallId}/assessments/{month}/entries/{entryId}/void'({ principal, params, body, deps, now }) {
      const { hallId, month, entryId } = params;
      authorize(principal, 'read-hall', params);
      const entry = await assessmentRecords.getEntry(deps, hallId, month, entryId);
      if (!entry) throw notFound('ENTRY_NOT_FOUND', 'Entry not found');
      authorize(principal, 'void-entry', { hallId, author: entry.enteredBy });
      const [rules, cal] = await Promise.all([hallRules.inForce(deps, hallId, month), loadHallCalendar(deps, hallId)]);
      const late = !isEntryOpen(cal, month, rules, businessDate(now));
      if (late && !body.lateOverride) throw refused('DEADLINE_PASSED', `Entries for ${month} closed at the scoring deadline`);
      if (late) authorize(principal, 'override-deadline', params);
      return assessmentRecords.voidEntry(deps, hallId, month, voidEntry(entry, principal.id, body.reason, toOffsetIso(now), late));
    },

    async 'POST /v1/halls/{hallId}/assessments/{month}/compute'({ principal, params, body, deps, now }) {
      authorize(principal, 'administer-hall', params);
      requireStarted(params.month, now);
      const revise = body?.revise && body.reason ? { reason: body.reason } : undefined;
      const { result } = await scoreMonth(deps, params.hallId, params.month, { now, by: principal.id, ...(revise ? { revise } : {}) });
      return publicResult(result);
    },

    async 'GET /v1/halls/{hallId}/assessments/{month}'({ principal, params, query, headers, deps }) {
      authorize(principal, 'read-hall', params);
      const result = await storedResult(deps, params.hallId, params.month, query.revision);
      if (query.format === 'csv' || (!query.format && headers.accept?.includes('text/csv'))) {
        const windows = await hallRecords.listWindows(deps, params.hallId);
        return new Reply(
          200,
          undefined,
          {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': `attachment; filename="ranking-${params.hallId}-${params.month}.csv"`,
          },
          rankingCsv(result, new Map(windows.map((w) => [w.windowId, w.name]))),
        );
      }
      return publicResult(result);
    },

    'GET /v1/halls/{hallId}/assessment-years/{year}': yearView,
    'GET /v1/halls/{hallId}/assessments/year/{year}': yearView,
    'GET /v1/halls/{hallId}/assessment-quarters/{quarter}': quarterView,
    'GET /v1/halls/{hallId}/assessments/quarter/{quarter}': quarterView,
  },
  () => ({ ...storeFromEnvironment(), keyedHash: keyedHashFromEnvironment() }),
);
