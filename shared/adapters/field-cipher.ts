/**
 * Field-level protection of personal data (ID numbers, phones) so that a table export or a
 * backup never shows them in plain text. In AWS each value is encrypted with a KMS key
 * (encryption context binds it to its hall and case); locally with AES-256-GCM and a key
 * kept under DATA_DIR (local/field-cipher.ts). Stored values carry a prefix naming the scheme.
 */
import { DecryptCommand, EncryptCommand, KMSClient } from '@aws-sdk/client-kms';
import { required } from './environment';

export type CipherContext = Record<string, string>;

export interface FieldCipher {
  encrypt(plaintext: string, context: CipherContext): Promise<string>;
  decrypt(stored: string, context: CipherContext): Promise<string>;
}

export class KmsFieldCipher implements FieldCipher {
  constructor(
    private readonly kms: KMSClient,
    private readonly keyId: string,
  ) {}

  async encrypt(plaintext: string, context: CipherContext): Promise<string> {
    const out = await this.kms.send(
      new EncryptCommand({ KeyId: this.keyId, Plaintext: Buffer.from(plaintext, 'utf8'), EncryptionContext: context }),
    );
    return `kms:${Buffer.from(out.CiphertextBlob ?? new Uint8Array()).toString('base64')}`;
  }

  async decrypt(stored: string, context: CipherContext): Promise<string> {
    const out = await this.kms.send(
      new DecryptCommand({ CiphertextBlob: Buffer.from(stored.replace(/^kms:/, ''), 'base64'), EncryptionContext: context }),
    );
    return Buffer.from(out.Plaintext ?? new Uint8Array()).toString('utf8');
  }
}

/** The cipher of a function granted the personal-data key (PII_KEY_ID). */
export const cipherFromEnvironment = (): FieldCipher => new KmsFieldCipher(new KMSClient({}), required('PII_KEY_ID'));
