/**
 * The local stand-in for the KMS key that protects personal data fields: AES-256-GCM with a
 * key kept under DATA_DIR, the context authenticated as additional data like KMS encryption
 * context, so a value moved to another case fails to decrypt here as it would in AWS.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { CipherContext, FieldCipher } from '#adapters/field-cipher';

export class AesFieldCipher implements FieldCipher {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('AesFieldCipher needs a 32-byte key');
  }

  private aad(context: CipherContext): Buffer {
    return Buffer.from(JSON.stringify(Object.entries(context).sort()));
  }

  encrypt(plaintext: string, context: CipherContext): Promise<string> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(this.aad(context));
    const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return Promise.resolve(`aes:${Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64')}`);
  }

  decrypt(stored: string, context: CipherContext): Promise<string> {
    const raw = Buffer.from(stored.replace(/^aes:/, ''), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12)).setAAD(this.aad(context));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Promise.resolve(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'));
  }
}
