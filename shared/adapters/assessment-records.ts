/**
 * Assessment records of a hall-month (one partition): the scoring departments' entries, the
 * windows' monthly reports and the computed result (the month's facts: ./month-records.ts).
 */
import type { AssessmentEntry, MonthPublication } from '#domain/assessment';
import { conflict } from '#domain/errors';
import type { StoreDeps as Deps } from './deps';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { createIfNew, isConditionalCheckFailure, putRecord, putVersioned, record, records, recordsByKey } from './dynamo';
import { ENTITY, hallCollections, keys } from './table';
import { CREATE, putWithEventIf, type PutCondition } from './outbox';
import type { HallEvent } from '#events/contracts';

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

/**
 * The current result and the version of its record, which every publication moves: the outbox
 * tells the events of changes apart by it. Absent on results published before it existed.
 */
export interface StoredResultRecord {
  result: StoredMonthResult;
  version?: number;
}

/** That the current result is still the one read: its status, revision and version. */
function unchangedSince({ result, version }: StoredResultRecord): PutCondition {
  const sameVersion = version === undefined ? 'attribute_not_exists(version)' : 'version = :version';
  return {
    ConditionExpression: `#status = :status AND (attribute_not_exists(revision) OR revision = :revision) AND ${sameVersion}`,
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: {
      ':status': result.status,
      ':revision': result.revision,
      ...(version !== undefined ? { ':version': version } : {}),
    },
  };
}

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
   * but only over the one it was computed from (a provisional run cannot overwrite a final month,
   * and two runs from the same read cannot both publish). The result carries its event pending
   * (shared/adapters/outbox.ts): the stream outbox publishes it once the result is written, at
   * least once, and never for a result that was not.
   */
  async publishResult(d: Deps, result: StoredMonthResult, previous: StoredResultRecord | undefined, event: HallEvent): Promise<void> {
    const { hallId, month } = result;
    if (result.status === 'final') {
      const created = await createIfNew(d, keys.assessmentRevision(hallId, month, result.revision), {
        entity: ENTITY.assessmentResult,
        ...result,
      });
      if (!created && previous?.result.status === 'final') {
        throw conflict('REVISION_EXISTS', `Revision ${result.revision} of ${month} was published meanwhile; reload and retry`);
      }
    }
    const item = {
      ...keys.assessmentResult(hallId, month),
      entity: ENTITY.assessmentResult,
      ...result,
      version: (previous?.version ?? 0) + 1,
    };
    await putWithEventIf(d, item, previous ? unchangedSince(previous) : CREATE, event, () =>
      conflict('CONFLICT', `The result of ${month} was published meanwhile; reload and retry`),
    );
  },

  /** The month's current result, with the version of its record (what `publishResult` checks). */
  async getResultRecord(d: Deps, hallId: string, month: string): Promise<StoredResultRecord | undefined> {
    const found = await record<StoredMonthResult & { version?: number }>(d, keys.assessmentResult(hallId, month), true);
    if (!found) return undefined;
    const { version, ...result } = found;
    return { result: withRevision(result), ...(version !== undefined ? { version } : {}) };
  },

  async getResult(d: Deps, hallId: string, month: string): Promise<StoredMonthResult | undefined> {
    return (await this.getResultRecord(d, hallId, month))?.result;
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
