/**
 * Provincial rule, off by default (e.g. Guangdong: 7 natural days): a concluded case the
 * applicant has not rated within `autoRateAfterDays` counts as 基本满意 (level 3), recorded as
 * automatic. The one-rating-per-case condition makes it safe to run every day.
 */
import type { HallRules } from '#domain/hall-rules';
import { isDecided } from '#domain/cases';
import { rate } from '#domain/complaints';
import { addDays, businessDate, compareDates, monthOf, previousMonth, type IsoDate } from '#domain/time';
import { caseRecords } from '#adapters/case-records';
import { ratingRecords } from '#adapters/complaint-records';
import type { StoreDeps } from '#adapters/deps';

export async function autoRateUnrated(
  d: StoreDeps,
  hallId: string,
  asOf: IsoDate,
  rules: Pick<HallRules, 'autoRateAfterDays'>,
): Promise<number> {
  if (rules.autoRateAfterDays === null) return 0;
  const cutoff = addDays(asOf, -rules.autoRateAfterDays);
  // Cases concluded by the cutoff, in its month and the one before (earlier ones were handled then).
  const concluded = await Promise.all(
    [previousMonth(monthOf(cutoff)), monthOf(cutoff)].map((month) => caseRecords.all(d, hallId, { by: 'concluded-month', month })),
  );
  // Only what was decided (办结): a case withdrawn, not accepted or closed incomplete is not rated for the applicant.
  const due = concluded
    .flat()
    .filter((c) => isDecided(c) && c.concludedAt && compareDates(businessDate(new Date(c.concludedAt)), cutoff) <= 0);
  const rated = await ratingRecords.ratedAmong(
    d,
    due.map((c) => c.caseId),
  );
  let recorded = 0;
  for (const c of due.filter((c) => !rated.has(c.caseId))) {
    if (await ratingRecords.createOnce(d, { ...rate(c, 3, undefined, d.clock.now()), automatic: true })) recorded++;
  }
  return recorded;
}
