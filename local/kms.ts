/**
 * The local stand-in for KMS: a KMS client that answers GenerateDataKey, Encrypt and Decrypt
 * itself (SDK middleware, no network), wrapping with AES-256-GCM under a key kept under
 * DATA_DIR and authenticating the key id and encryption context as KMS does. The functions use
 * the AWS field cipher (Encryption SDK with its caching materials manager) as they do in AWS, so
 * the KMS calls counted locally (local/service-calls.ts) are the calls KMS would see.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { KMSClient } from '@aws-sdk/client-kms';

export const LOCAL_KMS_KEY_ID = 'arn:aws:kms:local:000000000000:key/local-personal-data';

interface KmsInput {
  KeyId?: string;
  Plaintext?: Uint8Array;
  CiphertextBlob?: Uint8Array;
  NumberOfBytes?: number;
  EncryptionContext?: Record<string, string>;
}

/** What KMS binds a ciphertext to: its key and its encryption context, in a canonical order. */
const boundTo = (keyId: string, context: Record<string, string> = {}) =>
  Buffer.from(JSON.stringify([keyId, Object.entries(context).sort()]));

function wrap(master: Buffer, keyId: string, plaintext: Uint8Array, context?: Record<string, string>): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', master, iv).setAAD(boundTo(keyId, context));
  const sealed = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const id = Buffer.from(keyId);
  return Buffer.concat([Buffer.from([id.length]), id, iv, cipher.getAuthTag(), sealed]);
}

function unwrap(master: Buffer, blob: Uint8Array, context?: Record<string, string>): { keyId: string; plaintext: Buffer } {
  const raw = Buffer.from(blob);
  const keyId = raw.subarray(1, 1 + raw[0]!).toString();
  const rest = raw.subarray(1 + raw[0]!);
  const decipher = createDecipheriv('aes-256-gcm', master, rest.subarray(0, 12)).setAAD(boundTo(keyId, context));
  decipher.setAuthTag(rest.subarray(12, 28));
  return { keyId, plaintext: Buffer.concat([decipher.update(rest.subarray(28)), decipher.final()]) };
}

/** The three operations the field cipher uses, answered as KMS answers them. */
function answer(master: Buffer, operation: string | undefined, input: KmsInput): Record<string, unknown> {
  switch (operation) {
    case 'GenerateDataKeyCommand': {
      const keyId = input.KeyId ?? LOCAL_KMS_KEY_ID;
      const plaintext = randomBytes(input.NumberOfBytes ?? 32);
      return { KeyId: keyId, Plaintext: plaintext, CiphertextBlob: wrap(master, keyId, plaintext, input.EncryptionContext) };
    }
    case 'EncryptCommand': {
      const keyId = input.KeyId ?? LOCAL_KMS_KEY_ID;
      return { KeyId: keyId, CiphertextBlob: wrap(master, keyId, input.Plaintext ?? new Uint8Array(), input.EncryptionContext) };
    }
    case 'DecryptCommand': {
      const { keyId, plaintext } = unwrap(master, input.CiphertextBlob ?? new Uint8Array(), input.EncryptionContext);
      if (input.KeyId !== undefined && input.KeyId !== keyId)
        throw new Error('IncorrectKeyException: the ciphertext was encrypted under another key');
      return { KeyId: keyId, Plaintext: plaintext };
    }
    default:
      throw new Error(`The local KMS does not answer ${operation}`);
  }
}

/** A KMS client whose calls never leave the process; `master` is the local key (32 bytes). */
export function localKmsClient(master: Buffer): KMSClient {
  if (master.length !== 32) throw new Error('The local KMS needs a 32-byte key');
  const client = new KMSClient({ region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  client.middlewareStack.add(
    (_next, context) => (args) =>
      // In the executor: a refusal (another key, another context) rejects, as KMS's would.
      new Promise((resolve) =>
        resolve({ output: { $metadata: {}, ...answer(master, context.commandName, args.input as KmsInput) }, response: {} }),
      ),
    // After every other initialize middleware (the service-call counter among them).
    { step: 'initialize', priority: 'low', name: 'local-kms' },
  );
  return client;
}
