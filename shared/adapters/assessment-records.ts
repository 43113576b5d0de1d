/**
 * Assessment records of a hall-month (one partition): the scoring departments' entries, the
 * windows' monthly reports and the computed result (the month's facts: ./month-records.ts).
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { AssessmentEntry, MonthPublication } from '#domain/assessment';
import { conflict } from '#domain/errors';
import type { StoreDeps as Deps } from './deps';
import { createIfNew, isConditionalCheckFailure, putRecord, putVersioned, record, records, recordsByKey } from './dynamo';
import { ENTITY, hallCollections, keys } from './table';

export interface WindowReport {
  hallId: string;
  month: string;
  windowId: string;
  reportedBy: string;
  reportedAt: string;
  notes?: string;
}

/** A hall-month's result as stored and served (the domain's publication). */
export type StoredMonthResult = MonthPublication;

/** Results stored before revisions existed read as their first revision. */
const withRevision = (r: StoredMonthResult): StoredMonthResult => ({ ...r, revision: r.revision ?? 1, revisions: r.revisions ?? [] });

/** An entry is stored with its hall and month (readable in an export); the domain's entry has neither. */
type StoredEntry = AssessmentEntry & { hallId: string; month: string };
const entryOf = ({ hallId: _hall, month: _month, ...entry }: StoredEntry): AssessmentEntry => entry;

/**
 * A month's entries and its windows' reports. Exported on their own too: the daily reminders
 * read nothing else of the assessment, and import these rather than the repository, so their
 * bundle does not carry its writes and results.
 */
export const monthEntries = async (d: Deps, hallId: string, month: string): Promise<AssessmentEntry[]> =>
  (await records<StoredEntry>(d, hallCollections.assessmentEntries(hallId, month))).map(entryOf);

export const windowReports = (d: Deps, hallId: string, month: string) =>
  records<WindowReport>(d, hallCollections.windowReports(hallId, month));

export const assessmentRecords = {
  async addEntry(d: Deps, hallId: string, month: string, entry: AssessmentEntry): Promise<AssessmentEntry> {
    await putVersioned(
      d,
      { ...keys.assessmentEntry(hallId, month, entry.entryId), entity: ENTITY.assessmentEntry, hallId, month, ...entry },
      undefined,
      () => conflict('ENTRY_EXISTS', `Entry ${entry.entryId} already exists`),
    );
    return entry;
  },

  /** Replaces an entry by its voided form, unless it was voided meanwhile. */
  async voidEntry(d: Deps, hallId: string, month: string, voided: AssessmentEntry): Promise<AssessmentEntry> {
    try {
      await d.db.send(
        new PutCommand({
          TableName: d.tableName,
          Item: { ...keys.assessmentEntry(hallId, month, voided.entryId), entity: ENTITY.assessmentEntry, hallId, month, ...voided },
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(voided)',
        }),
      );
    } catch (err) {
      throw isConditionalCheckFailure(err) ? conflict('ENTRY_VOIDED', `Entry ${voided.entryId} was already voided`) : err;
    }
    return voided;
  },

  async getEntry(d: Deps, hallId: string, month: string, entryId: string): Promise<AssessmentEntry | undefined> {
    const found = await record<StoredEntry>(d, keys.assessmentEntry(hallId, month, entryId));
    return found && entryOf(found);
  },

  entries: monthEntries,

  putReport: (d: Deps, report: WindowReport) =>
    putRecord(d, ENTITY.windowReport, keys.windowReport(report.hallId, report.month, report.windowId), report),

  reports: windowReports,

  /**
   * Publishes a result: a final revision is first kept under its own key (created once: two
   * concurrent revisions cannot both become revision n), then becomes the month's current result,
   * but only over the one it was computed from (a provisional run cannot overwrite a final month).
   */
  async publishResult(d: Deps, result: StoredMonthResult, previous: StoredMonthResult | undefined): Promise<void> {
    const { hallId, month } = result;
    if (result.status === 'final') {
      const created = await createIfNew(d, keys.assessmentRevision(hallId, month, result.revision), {
        entity: ENTITY.assessmentResult,
        ...result,
      });
      if (!created && previous?.status === 'final') {
        throw conflict('REVISION_EXISTS', `Revision ${result.revision} of ${month} was published meanwhile; reload and retry`);
      }
    }
    try {
      await d.db.send(
        new PutCommand({
          TableName: d.tableName,
          Item: { ...keys.assessmentResult(hallId, month), entity: ENTITY.assessmentResult, ...result },
          ...(previous
            ? {
                ConditionExpression: '#status = :status AND (attribute_not_exists(revision) OR revision = :revision)',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: { ':status': previous.status, ':revision': previous.revision },
              }
            : { ConditionExpression: 'attribute_not_exists(pk)' }),
        }),
      );
    } catch (err) {
      throw isConditionalCheckFailure(err) ? conflict('CONFLICT', `The result of ${month} was published meanwhile; reload and retry`) : err;
    }
  },

  async getResult(d: Deps, hallId: string, month: string): Promise<StoredMonthResult | undefined> {
    const found = await record<StoredMonthResult>(d, keys.assessmentResult(hallId, month), true);
    return found && withRevision(found);
  },

  /** One revision as it was published (the current one included). */
  async getRevision(d: Deps, hallId: string, month: string, revision: number): Promise<StoredMonthResult | undefined> {
    const current = await this.getResult(d, hallId, month);
    if (!current || current.revision === revision) return current;
    const found = await record<StoredMonthResult>(d, keys.assessmentRevision(hallId, month, revision));
    return found && withRevision(found);
  },

  async getResults(d: Deps, hallId: string, months: string[]): Promise<StoredMonthResult[]> {
    const results = await recordsByKey<StoredMonthResult>(
      d,
      months.map((m) => keys.assessmentResult(hallId, m)),
    );
    return results.map(withRevision).sort((a, b) => a.month.localeCompare(b.month));
  },

  /** The stored results of one month for many halls (the fan-out skips the final ones). */
  resultsOfHalls: (d: Deps, hallIds: string[], month: string) =>
    recordsByKey<StoredMonthResult>(
      d,
      hallIds.map((h) => keys.assessmentResult(h, month)),
    ),
};
