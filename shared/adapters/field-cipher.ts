/**
 * Field-level protection of personal data (ID numbers, phones) so that a table export or a
 * backup never shows them in plain text. In AWS each value is encrypted with a KMS key
 * (encryption context binds it to its hall and case); locally with AES-256-GCM and a key
 * kept under DATA_DIR. Stored values carry a prefix naming the scheme.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DecryptCommand, EncryptCommand, type KMSClient } from '@aws-sdk/client-kms';

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

/** AES-256-GCM; the context is authenticated as additional data, like KMS encryption context. */
export class AesFieldCipher implements FieldCipher {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('AesFieldCipher needs a 32-byte key');
  }

  private aad(context: CipherContext): Buffer {
    return Buffer.from(JSON.stringify(Object.entries(context).sort()));
  }

  async encrypt(plaintext: string, context: CipherContext): Promise<string> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(this.aad(context));
    const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `aes:${Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64')}`;
  }

  async decrypt(stored: string, context: CipherContext): Promise<string> {
    const raw = Buffer.from(stored.replace(/^aes:/, ''), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12)).setAAD(this.aad(context));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}
