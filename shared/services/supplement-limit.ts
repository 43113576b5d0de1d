/**
 * 逾期未补正: a case whose materials were not supplemented within the hall's supplement limit
 * (`supplementLimitDays` working days after the last notice asking for them) is closed by the
 * daily job, with why in its history; CaseConcluded (outcome `closed-incomplete`) follows from
 * the outbox, so the applicant can be told.
 *
 * The candidates come from the hall's status index (`awaiting-materials`), never a scan: one
 * Query per hall and working day, reading every case of the hall that waits for materials
 * (eventually consistent: 0.5 RCU per 4 KB; 200 such cases of ~2 KB ≈ 50 RCU a day). The limit
 * depends on the rules and the calendar in force, so it is computed here rather than frozen
 * into an index key that a rule or calendar change would leave wrong.
 */
import type { Calendar } from '#domain/calendar';
import { closeIfPastSupplementLimit } from '#domain/cases';
import { isDomainError } from '#domain/errors';
import type { SupplementLimit } from '#domain/hall-rules';
import type { IsoDate } from '#domain/time';
import { caseRecords } from '#adapters/case-records';
import type { StoreDeps } from '#adapters/deps';

/** Who closes them, in the cases' history. */
export const SUPPLEMENT_LIMIT_ACTOR = 'deadline-reminders';

/** Closes the hall's cases past their supplement limit on `asOf`; returns how many. */
export async function closeIncompleteCases(
  d: StoreDeps,
  hallId: string,
  asOf: IsoDate,
  cal: Calendar,
  rules: SupplementLimit,
): Promise<number> {
  const awaiting = await caseRecords.all(d, hallId, { by: 'status', status: 'awaiting-materials' });
  let closed = 0;
  for (const c of awaiting) {
    const next = closeIfPastSupplementLimit(c, cal, rules.supplementLimitDays, asOf, SUPPLEMENT_LIMIT_ACTOR, d.clock.now());
    if (!next) continue;
    try {
      await caseRecords.update(d, c, next);
      closed++;
    } catch (err) {
      // Changed since the index was read (the materials came, say): the next run decides again.
      if (!isDomainError(err, 'STALE_CASE')) throw err;
    }
  }
  return closed;
}
