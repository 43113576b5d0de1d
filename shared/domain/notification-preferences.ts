/**
 * An applicant's choice about the messages that are not essential (docs/DOMAIN.md
 * "Notifications"), given with the case's receipt code. Stored per case by the public call; the
 * sender keeps it per phone (a keyed hash, never the number) so it follows the applicant to
 * their other cases.
 */
import { toOffsetIso } from './time';

export interface NotificationPreference {
  hallId: string;
  caseId: string;
  optOut: boolean;
  updatedAt: string;
  version: number;
}

export function choosePreference(
  current: NotificationPreference | undefined,
  c: { hallId: string; caseId: string },
  optOut: boolean,
  at: Date,
): NotificationPreference {
  return { hallId: c.hallId, caseId: c.caseId, optOut, updatedAt: toOffsetIso(at), version: (current?.version ?? 0) + 1 };
}
