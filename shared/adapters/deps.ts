/**
 * The adapters a function needs, built once per container from the environment (AWS), or
 * replaced as a whole by the local runtime and the tests (`useDeps`).
 */
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { KMSClient } from '@aws-sdk/client-kms';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { systemClock, type Clock } from './clock';
import { createDocumentClient } from './dynamo';
import { EventBridgePublisher, type EventPublisher } from './events';
import { KmsFieldCipher, type FieldCipher } from './field-cipher';

export interface Deps {
  db: DynamoDBDocumentClient;
  tableName: string;
  clock: Clock;
  events: EventPublisher;
  cipher: FieldCipher;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Environment variable ${name} is not set`);
  return value;
}

function fromEnvironment(): Deps {
  let events: EventPublisher | undefined;
  let cipher: FieldCipher | undefined;
  return {
    db: createDocumentClient(),
    tableName: required('TABLE_NAME'),
    clock: systemClock,
    // Built on first use: only functions granted the bus or the PII key get their names.
    get events() {
      return (events ??= new EventBridgePublisher(new EventBridgeClient({}), required('EVENT_BUS_NAME')));
    },
    get cipher() {
      return (cipher ??= new KmsFieldCipher(new KMSClient({}), required('PII_KEY_ID')));
    },
  };
}

let current: Deps | undefined;

export function deps(): Deps {
  current ??= fromEnvironment();
  return current;
}

export function useDeps(replacement: Deps): void {
  current = replacement;
}
