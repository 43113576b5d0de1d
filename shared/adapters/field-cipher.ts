/**
 * Field-level protection of personal data (ID numbers, phones, contacts) so that a table export
 * or a backup never shows them in plain text. In AWS: envelope encryption with the AWS
 * Encryption SDK, data keys from the KMS key cached per container by the SDK's caching
 * materials manager, so KMS sees one GenerateDataKey per hall and one Decrypt per data key every
 * few minutes instead of a call per field. Locally the same, its KMS answered in process by
 * local/kms.ts. Stored values carry a prefix naming the scheme.
 */
import { DecryptCommand, EncryptCommand, GenerateDataKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { NodeCachingMaterialsManager, getLocalCryptographicMaterialsCache } from '@aws-crypto/caching-materials-manager-node';
import { buildDecrypt } from '@aws-crypto/decrypt-node';
import { buildEncrypt } from '@aws-crypto/encrypt-node';
import { KmsKeyringNode } from '@aws-crypto/kms-keyring-node';
import { AlgorithmSuiteIdentifier, CommitmentPolicy } from '@aws-crypto/material-management-node';
import { required } from './environment';

/** What a value belongs to: always its hall (the key policy requires it), and its record. */
export type CipherContext = { hallId: string } & Record<string, string>;

export interface FieldCipher {
  encrypt(plaintext: string, context: CipherContext): Promise<string>;
  decrypt(stored: string, context: CipherContext): Promise<string>;
}

/**
 * How long and how much one data key may be used. Five minutes and 10,000 fields bound what one
 * leaked data key exposes (a few minutes of one hall's intake in one container) while a busy
 * container asks KMS about once per hall per five minutes; 100 entries hold every hall of a
 * province's backend.
 */
export const DATA_KEY_CACHE = { entries: 100, maxAgeMs: 5 * 60_000, maxMessagesEncrypted: 10_000 } as const;

// Key commitment, and no signature: the readers are our own functions, all trusted alike, and a
// signing suite would put an ECDSA signature (and its public key) into every field.
const SUITE = AlgorithmSuiteIdentifier.ALG_AES256_GCM_IV12_TAG16_HKDF_SHA512_COMMIT_KEY;
const { encrypt } = buildEncrypt(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT);
const { decrypt } = buildDecrypt(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT);

/**
 * The SDK caches a data key per encryption context, so the message's context names the hall
 * only; the record the value belongs to is sealed inside it (`[record, value]`) and checked on
 * decryption, so a value copied to another case or hall still fails to decrypt.
 */
const messageContext = (context: CipherContext) => ({ hallId: context.hallId });
const recordOf = (context: CipherContext) => JSON.stringify(Object.entries(context).sort());

/** The keyring's view of KMS, on the modular client (the aggregated `KMS` class would bundle every command). */
type KeyringKms = Exclude<ReturnType<NonNullable<NonNullable<ConstructorParameters<typeof KmsKeyringNode>[0]>['clientProvider']>>, false>;
const keyringClient = (kms: KMSClient): KeyringKms => ({
  generateDataKey: (input) => kms.send(new GenerateDataKeyCommand(input)),
  encrypt: (input) => kms.send(new EncryptCommand(input)),
  decrypt: (input) => kms.send(new DecryptCommand(input)),
});

export class EnvelopeFieldCipher implements FieldCipher {
  private readonly materials: NodeCachingMaterialsManager;

  constructor(
    private readonly kms: KMSClient,
    keyId: string,
  ) {
    this.materials = new NodeCachingMaterialsManager({
      backingMaterials: new KmsKeyringNode({ generatorKeyId: keyId, clientProvider: () => keyringClient(kms) }),
      cache: getLocalCryptographicMaterialsCache(DATA_KEY_CACHE.entries),
      maxAge: DATA_KEY_CACHE.maxAgeMs,
      maxMessagesEncrypted: DATA_KEY_CACHE.maxMessagesEncrypted,
    });
  }

  async encrypt(plaintext: string, context: CipherContext): Promise<string> {
    const sealed = Buffer.from(JSON.stringify([recordOf(context), plaintext]), 'utf8');
    // The length up front: without it the caching materials manager caches nothing.
    const { result } = await encrypt(this.materials, sealed, {
      encryptionContext: messageContext(context),
      suiteId: SUITE,
      plaintextLength: sealed.byteLength,
    });
    return `esdk:${result.toString('base64')}`;
  }

  async decrypt(stored: string, context: CipherContext): Promise<string> {
    if (stored.startsWith('kms:')) return this.decryptDirect(stored, context);
    const { plaintext, messageHeader } = await decrypt(this.materials, Buffer.from(stored.replace(/^esdk:/, ''), 'base64'));
    // The SDK does not compare the context with what the caller expects: that is ours to do.
    const [record, value] = JSON.parse(plaintext.toString('utf8')) as [string, string];
    if (messageHeader.encryptionContext.hallId !== context.hallId || record !== recordOf(context)) {
      throw new Error('The field belongs to another record');
    }
    return value;
  }

  /** Values written before envelope encryption: one KMS Decrypt each, under their own context. */
  private async decryptDirect(stored: string, context: CipherContext): Promise<string> {
    const out = await this.kms.send(
      new DecryptCommand({ CiphertextBlob: Buffer.from(stored.replace(/^kms:/, ''), 'base64'), EncryptionContext: context }),
    );
    return Buffer.from(out.Plaintext ?? new Uint8Array()).toString('utf8');
  }
}

/** The cipher of a function granted the personal-data key (PII_KEY_ID), one per container. */
export const cipherFromEnvironment = (): FieldCipher => new EnvelopeFieldCipher(new KMSClient({}), required('PII_KEY_ID'));
