/**
 * The ports a function works with. Each function's entry builds only those its catalog entry
 * grants (a function without the bus or the personal-data key never bundles their clients)
 * and hands them to its wrapper; the local runtime and the tests hand in their own.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { EventPublisher } from '#events/contracts';
import type { Clock } from './clock';
import type { FieldCipher } from './field-cipher';
import type { KeyedHash } from './keyed-hash';
import type { NotificationDeps } from './notification-ports';

/** The table and the clock: every function has them. */
export interface StoreDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  clock: Clock;
}

/** Functions granted PutEvents on the hall bus. */
export interface EventDeps {
  events: EventPublisher;
}

/** Functions granted the personal-data key. */
export interface CipherDeps {
  cipher: FieldCipher;
}

/** Functions granted the hashing secret (idempotency fingerprints, abuse counters, search keys). */
export interface KeyedHashDeps {
  keyedHash: KeyedHash;
}

export type { NotificationDeps };

/** Every port (the local runtime provides them all). */
export type Deps = StoreDeps & EventDeps & CipherDeps & KeyedHashDeps & NotificationDeps;
