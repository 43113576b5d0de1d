/** Monthly window assessment (窗口考核): rules, entries, window reports, scoring, rankings. */
import { isHallAdminOf, requireAnyRole, requireHallAdmin, requireStaffOfHall, requireStaffOfWindow } from '#domain/access';
import { isEntryOpen, quarterSummary, yearSummary, type AssessmentEntry } from '#domain/assessment';
import { forbidden, isDomainError, notFound, refused } from '#domain/errors';
import { businessDate, monthOf, toOffsetIso } from '#domain/time';
import { assessmentRecords, type StoredMonthResult } from '#adapters/assessment-records';
import { assessmentRules } from '#adapters/assessment-rules';
import type { Deps } from '#adapters/deps';
import { loadHallCalendar } from '#adapters/hall-calendar';
import { hallRecords } from '#adapters/hall-records';
import { newSortableId } from '#adapters/ids';
import { createIdempotently } from '#adapters/idempotency';
import { apiHandler, Reply } from '#http/api';
import { scoreMonth } from '#shared/services/month-scoring';
import { rankingCsv } from '#shared/services/ranking-csv';

const currentMonth = (now: Date) => monthOf(businessDate(now));

function requireStartedMonth(month: string, now: Date): void {
  if (month > currentMonth(now)) throw refused('MONTH_NOT_STARTED', `${month} has not started yet`);
}

async function requireWindow(d: Deps, hallId: string, windowId: string): Promise<void> {
  if (!(await hallRecords.getWindow(d, hallId, windowId))) {
    throw refused('UNKNOWN_REFERENCE', `Window ${windowId} does not exist in this hall`, [
      { field: 'windowId', message: 'no such window' },
    ]);
  }
}

async function storedResult(d: Deps, hallId: string, month: string): Promise<StoredMonthResult> {
  const result = await assessmentRecords.getResult(d, hallId, month);
  if (!result) throw notFound('Assessment', 'ASSESSMENT_NOT_COMPUTED');
  return result;
}

const publicResult = ({ hallId: _hall, ...result }: StoredMonthResult) => result;

const monthsOfYear = (year: number) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

export const handler = apiHandler('assessments', {
  async 'PUT /v1/halls/{hallId}/assessment-rules'({ principal, params, body, deps, now }) {
    requireHallAdmin(principal, params.hallId);
    if (!(await hallRecords.getHall(deps, params.hallId))) throw notFound('Hall');
    const { effectiveFrom = currentMonth(now), deductions, caps, ...scalars } = body;
    // Finished months keep the rules they were scored with.
    if (effectiveFrom < currentMonth(now))
      throw refused('RULES_IN_THE_PAST', `Rules can take effect from ${currentMonth(now)} on, not ${effectiveFrom}`);
    const base = await assessmentRules.inForce(deps, params.hallId, effectiveFrom);
    return assessmentRules.put(deps, {
      hallId: params.hallId,
      effectiveFrom,
      rules: { ...base, ...scalars, deductions: { ...base.deductions, ...deductions }, caps: { ...base.caps, ...caps } },
      updatedBy: principal.id,
      updatedAt: toOffsetIso(now),
    });
  },

  async 'GET /v1/halls/{hallId}/assessment-rules'({ principal, params, query, deps, now }) {
    requireStaffOfHall(principal, params.hallId);
    const month = query.month ?? currentMonth(now);
    return { hallId: params.hallId, effectiveFrom: month, rules: await assessmentRules.inForce(deps, params.hallId, month) };
  },

  async 'PUT /v1/halls/{hallId}/windows/{windowId}/reports/{month}'({ principal, params, body, deps, now }) {
    requireStaffOfWindow(principal, params.hallId, params.windowId, await hallRecords.standingOf(deps, principal, params.hallId));
    requireStartedMonth(params.month, now);
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
    requireAnyRole(principal, hallId, ['scoring-dept']);
    requireStartedMonth(month, now);
    await requireWindow(deps, hallId, body.windowId);
    const [rules, cal] = await Promise.all([assessmentRules.inForce(deps, hallId, month), loadHallCalendar(deps, hallId)]);
    const late = !isEntryOpen(cal, month, rules, businessDate(now));
    if (late && !body.lateOverride) throw refused('DEADLINE_PASSED', `Entries for ${month} closed at the scoring deadline`);
    if (late && !isHallAdminOf(principal, hallId)) throw forbidden('Only a hall administrator may override the scoring deadline');
    const { id } = await createIdempotently(
      deps,
      { scope: `${hallId}:entries:${month}:${principal.id}`, key: headers['idempotency-key'], body },
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

  async 'POST /v1/halls/{hallId}/assessments/{month}/compute'({ principal, params, deps, now }) {
    requireHallAdmin(principal, params.hallId);
    requireStartedMonth(params.month, now);
    if (!(await hallRecords.getHall(deps, params.hallId))) throw notFound('Hall');
    return publicResult((await scoreMonth(deps, params.hallId, params.month, now)).result);
  },

  async 'GET /v1/halls/{hallId}/assessments/{month}'({ principal, params, query, headers, deps }) {
    requireStaffOfHall(principal, params.hallId);
    const result = await storedResult(deps, params.hallId, params.month);
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

  async 'GET /v1/halls/{hallId}/assessments/year/{year}'({ principal, params, deps }) {
    requireStaffOfHall(principal, params.hallId);
    return yearSummary(params.year, await assessmentRecords.getResults(deps, params.hallId, monthsOfYear(params.year)));
  },

  async 'GET /v1/halls/{hallId}/assessments/quarter/{quarter}'({ principal, params, deps }) {
    requireStaffOfHall(principal, params.hallId);
    const year = Number(params.quarter.slice(0, 4));
    return quarterSummary(params.quarter, await assessmentRecords.getResults(deps, params.hallId, monthsOfYear(year)));
  },
});
