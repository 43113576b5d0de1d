/**
 * The AWS field cipher against a fake KMS (aws-sdk-client-mock): envelope encryption whose data
 * keys are cached per hall, so KMS is asked once for many fields; values bound to their record.
 */
import { randomBytes } from 'node:crypto';
import { DecryptCommand, EncryptCommand, GenerateDataKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { EnvelopeFieldCipher } from '#adapters/field-cipher';

const KEY_ARN = 'arn:aws-cn:kms:cn-north-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const kms = mockClient(KMSClient);

/** A fake KMS: data keys wrapped by a lookup table, contexts checked as KMS checks them. */
function fakeKms() {
  const wrapped = new Map<string, { plaintext: Uint8Array; context: string }>();
  const contextOf = (c: Record<string, string> | undefined) => JSON.stringify(Object.entries(c ?? {}).sort());
  kms.reset();
  kms.on(GenerateDataKeyCommand).callsFake((input: { NumberOfBytes?: number; EncryptionContext?: Record<string, string> }) => {
    const plaintext = randomBytes(input.NumberOfBytes ?? 32);
    const blob = randomBytes(48);
    // Copies: the SDK zeroes the data keys it is handed once it is done with them.
    wrapped.set(blob.toString('hex'), { plaintext: Buffer.from(plaintext), context: contextOf(input.EncryptionContext) });
    return { KeyId: KEY_ARN, Plaintext: plaintext, CiphertextBlob: blob };
  });
  kms.on(DecryptCommand).callsFake((input: { CiphertextBlob: Uint8Array; EncryptionContext?: Record<string, string> }) => {
    const found = wrapped.get(Buffer.from(input.CiphertextBlob).toString('hex'));
    if (!found || found.context !== contextOf(input.EncryptionContext)) throw new Error('InvalidCiphertextException');
    return { KeyId: KEY_ARN, Plaintext: Buffer.from(found.plaintext) };
  });
  return wrapped;
}
const calls = () =>
  [GenerateDataKeyCommand, DecryptCommand, EncryptCommand].map((c) => kms.commandCalls(c as typeof DecryptCommand).length);

describe('EnvelopeFieldCipher: KMS once per hall for many fields', () => {
  beforeEach(() => fakeKms());

  it('encrypts 20 fields of one hall with one data key, and decrypts them with one KMS Decrypt', async () => {
    const cipher = new EnvelopeFieldCipher(new KMSClient({ region: 'cn-north-1' }), KEY_ARN);
    const fields = Array.from({ length: 20 }, (_, i) => ({
      value: `1380000${String(i).padStart(4, '0')}`,
      context: { hallId: 'h1', caseId: `c${i}` },
    }));
    const stored = [];
    for (const f of fields) stored.push(await cipher.encrypt(f.value, f.context));
    expect(stored.every((s) => s.startsWith('esdk:') && !s.includes('1380000'))).toBe(true);
    // A fresh container (another cipher) reads them: one Decrypt for the data key they share.
    const reader = new EnvelopeFieldCipher(new KMSClient({ region: 'cn-north-1' }), KEY_ARN);
    const read = [];
    for (const [i, f] of fields.entries()) read.push(await reader.decrypt(stored[i]!, f.context));
    expect(read).toEqual(fields.map((f) => f.value));
    // [GenerateDataKey, Decrypt, Encrypt]
    expect(calls()).toEqual([1, 1, 0]);
  });

  it('uses a data key per hall', async () => {
    const cipher = new EnvelopeFieldCipher(new KMSClient({ region: 'cn-north-1' }), KEY_ARN);
    for (const hallId of ['h1', 'h2', 'h1', 'h2']) await cipher.encrypt('张三', { hallId, caseId: 'c1' });
    expect(calls()).toEqual([2, 0, 0]);
    expect(kms.commandCalls(GenerateDataKeyCommand).map((c) => c.args[0].input.EncryptionContext)).toEqual([
      { hallId: 'h1' },
      { hallId: 'h2' },
    ]);
  });

  it.each([
    ['another case of the hall', { hallId: 'h1', caseId: 'c2' }],
    ['the same case id in another hall', { hallId: 'h2', caseId: 'c1' }],
    ['another kind of record', { hallId: 'h1', complaintId: 'c1' }],
  ])('refuses a value copied to %s', async (_what, elsewhere) => {
    const cipher = new EnvelopeFieldCipher(new KMSClient({ region: 'cn-north-1' }), KEY_ARN);
    const stored = await cipher.encrypt('110101199003071234', { hallId: 'h1', caseId: 'c1' });
    await expect(cipher.decrypt(stored, elsewhere)).rejects.toThrow();
    expect(await cipher.decrypt(stored, { hallId: 'h1', caseId: 'c1' })).toBe('110101199003071234');
  });

  it('still reads values written with a direct KMS Encrypt (`kms:`), under their own context', async () => {
    kms
      .on(DecryptCommand, { EncryptionContext: { hallId: 'h1', caseId: 'c1' } })
      .resolves({ KeyId: KEY_ARN, Plaintext: Buffer.from('13800001111') });
    const cipher = new EnvelopeFieldCipher(new KMSClient({ region: 'cn-north-1' }), KEY_ARN);
    expect(await cipher.decrypt(`kms:${Buffer.from('opaque').toString('base64')}`, { hallId: 'h1', caseId: 'c1' })).toBe('13800001111');
  });
});
