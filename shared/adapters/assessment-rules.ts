/**
 * A hall's assessment rules are versioned by the month they take effect: a month is always
 * computed (and its deadlines set) with the version in force for that month, defaults otherwise.
 */
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_RULES, type AssessmentRules } from '#domain/assessment';
import type { Deps } from './deps';
import { keys, withoutKeys } from './table';

export interface RulesVersion {
  hallId: string;
  effectiveFrom: string;
  rules: AssessmentRules;
  updatedBy: string;
  updatedAt: string;
}

export const assessmentRules = {
  async put(d: Deps, version: RulesVersion): Promise<RulesVersion> {
    await d.db.send(
      new PutCommand({
        TableName: d.tableName,
        Item: { ...keys.assessmentRules(version.hallId, version.effectiveFrom), entity: 'assessment-rules', ...version },
      }),
    );
    return version;
  },

  /** The version in force in `month`: the latest one effective from that month or before. */
  async inForce(d: Deps, hallId: string, month: string): Promise<AssessmentRules> {
    const { pk, sk } = keys.assessmentRules(hallId, month);
    const out = await d.db.send(
      new QueryCommand({
        TableName: d.tableName,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :month',
        ExpressionAttributeValues: { ':pk': pk, ':first': 'RULES#', ':month': sk },
        ScanIndexForward: false,
        Limit: 1,
      }),
    );
    const item = out.Items?.[0];
    return item ? withoutKeys<RulesVersion>(item).rules : DEFAULT_RULES;
  },
};
