/**
 * Keyed hashes (HMAC-SHA-256 with a secret key) of values that must be compared but never
 * stored, or that a plain hash would give away: an unsalted SHA-256 of a body holding an ID
 * number, or of an IP address, is reversed by trying every candidate in seconds. With the key
 * held in Secrets Manager (AWS) or under DATA_DIR (locally), a stored digest reveals nothing.
 * `purpose` separates uses, so a digest made for one can never match one made for another.
 */
import { createHmac } from 'node:crypto';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { required } from './environment';

export interface KeyedHash {
  digest(purpose: string, value: string): Promise<string>;
}

/** HMAC-SHA-256 with a key loaded once (per container) on first use. */
export class HmacKeyedHash implements KeyedHash {
  private key: Promise<Buffer> | undefined;

  constructor(private readonly loadKey: () => Promise<Buffer>) {}

  async digest(purpose: string, value: string): Promise<string> {
    this.key ??= this.loadKey().catch((err: unknown) => {
      this.key = undefined; // a failed load is retried by the next request
      throw err;
    });
    return createHmac('sha256', await this.key)
      .update(`${purpose}\u0000${value}`)
      .digest('base64url');
  }
}

/** The key of a function granted the hashing secret (MAC_SECRET_ARN): the secret's string, as bytes. */
export const keyedHashFromEnvironment = (): KeyedHash =>
  new HmacKeyedHash(async () => {
    const out = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: required('MAC_SECRET_ARN') }));
    if (!out.SecretString) throw new Error('The hashing secret has no value');
    return Buffer.from(out.SecretString, 'utf8');
  });
