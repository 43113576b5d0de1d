/**
 * A hall's rules are versioned by the month they take effect: a month is always computed (and
 * its deadlines set) with the version in force for that month, the defaults otherwise.
 */
import { DEFAULT_HALL_RULES, withChanges, type HallRules } from '#domain/hall-rules';
import type { StoreDeps } from './deps';
import { putRecord, recordPage } from './dynamo';
import { hallRecords } from './hall-records';
import { ENTITY, hallCollections, keys } from './table';

export interface RulesVersion {
  hallId: string;
  effectiveFrom: string;
  rules: HallRules;
  updatedBy: string;
  updatedAt: string;
}

export const hallRules = {
  put: (d: StoreDeps, version: RulesVersion) =>
    hallRecords.changed(d, version.hallId, putRecord(d, ENTITY.hallRules, keys.hallRules(version.hallId, version.effectiveFrom), version)),

  /**
   * The version in force in `month`: the latest one effective from that month or before. A
   * version stored before a rule existed has that rule's default.
   */
  async inForce(d: StoreDeps, hallId: string, month: string): Promise<HallRules> {
    const page = await recordPage<RulesVersion>(d, { ...hallCollections.rulesUpTo(hallId, month), limit: 1, newestFirst: true });
    const stored = page.items[0]?.rules;
    return stored ? withChanges(DEFAULT_HALL_RULES, stored) : DEFAULT_HALL_RULES;
  },
};
