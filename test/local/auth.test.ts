import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { bearerVerifier, loadOrCreateKeys, signToken, type LocalKeys } from '#local/auth';

let dir: string;
let keys: LocalKeys;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hall-auth-'));
  keys = await loadOrCreateKeys(dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(() => vi.useRealTimers());

it('remembers a verified token until it expires, and refuses it from then on', async () => {
  const verify = bearerVerifier(keys);
  const bearer = `Bearer ${await signToken(keys, { sub: 's-a', roles: ['window-staff'], hallId: 'h1', ttlSeconds: 60 })}`;
  expect((await verify(bearer))?.sub).toBe('s-a');
  expect((await verify(bearer))?.sub).toBe('s-a');
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 61_000);
  expect(await verify(bearer)).toBeUndefined();
});

it('refuses what verifyBearer refuses, every time', async () => {
  const verify = bearerVerifier(keys);
  const other = await loadOrCreateKeys(join(dir, 'other'));
  const forged = `Bearer ${await signToken(other, { sub: 's-a', roles: ['hall-admin'], hallId: 'h1' })}`;
  expect(await verify(forged)).toBeUndefined();
  expect(await verify(forged)).toBeUndefined();
  expect(await verify(undefined)).toBeUndefined();
});
