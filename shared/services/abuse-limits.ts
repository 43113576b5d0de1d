/** The abuse limits of anonymous requests, as each hall sets them in its rules (shared/domain/hall-rules.ts). */
import { anonymousLimits, type AnonymousKind } from '#domain/hall-rules';
import { businessDate, monthOf } from '#domain/time';
import type { KeyedHashDeps, StoreDeps } from '#adapters/deps';
import { hallRules } from '#adapters/hall-rules';
import { consumeAll } from '#adapters/rate-limit';

/** Counts this request against the hall's limits of its kind: 429 TOO_MANY_REQUESTS when one has no room. */
export async function limitAnonymous(
  d: StoreDeps & KeyedHashDeps,
  kind: AnonymousKind,
  request: { hallId: string; sourceIp: string },
  now: Date,
): Promise<void> {
  const rules = await hallRules.inForce(d, request.hallId, monthOf(businessDate(now)));
  await consumeAll(d, anonymousLimits(rules, kind), request, now);
}
