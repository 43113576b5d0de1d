/**
 * `npm run replay` against the local runtime: a month-end scoring run fails while the table is
 * unavailable (logged with its hall and month, retried as Lambda retries an asynchronous
 * invocation, then parked in the jobs dead-letter queue); once the table is back, the replay
 * script, run as an operator runs it, invokes the job again with the original event, deletes
 * the message, and the month is scored.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { hallEvent } from '#events/contracts';
import { settableClock } from '#local/clock';
import { LocalDeadLetterQueue } from '#local/dead-letter-queue';
import { ASYNC_ATTEMPTS } from '#local/functions';
import { setUpHall, type HallFixture } from '#local/harness/hall';
import { startHarness, type Harness } from '#local/harness/runtime';
import { redriveOf } from '#ops/dead-letters';

const NOW = '2025-10-20T09:00:00+08:00'; // September 2025 is past its scoring deadline: final
let t: Harness;
let hall: HallFixture;
let jobs: LocalDeadLetterQueue;

beforeAll(async () => {
  const clock = settableClock('2025-09-01T09:00:00+08:00'); // the windows open in September
  t = await startHarness({ clock });
  hall = await setUpHall(t);
  clock.set(NOW);
  jobs = LocalDeadLetterQueue.open(t.runtime.stateDir, 'jobs');
});
afterAll(() => t.stop());

/** The JSON log lines written to stderr while `act` runs (and kept out of the test output). */
async function errorLogs(act: () => Promise<void>): Promise<Record<string, unknown>[]> {
  const written: string[] = [];
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    await act();
  } finally {
    stderr.mockRestore();
  }
  return written
    .flatMap((text) => text.split('\n').filter((line) => line.startsWith('{')))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

it('parks a scoring run that failed every attempt, logged with its hall and month, in the jobs dead-letter queue', async () => {
  const logs = await errorLogs(async () => {
    t.runtime.store.setAvailable(false);
    await t.runtime.events.publish([hallEvent('HallScoringRequested', { hallId: 'h1', month: '2025-09' })]);
    await t.runtime.events.drain();
    t.runtime.store.setAvailable(true);
  });

  const failures = logs.filter((line) => line.message === 'job failed');
  expect(failures).toHaveLength(ASYNC_ATTEMPTS);
  expect(failures[0]).toMatchObject({ level: 'ERROR', hallId: 'h1', month: '2025-09', function_name: 'month-end-scoring' });

  const parked = await jobs.receive();
  expect(parked).toHaveLength(1);
  expect(redriveOf(parked[0]!)).toMatchObject({
    kind: 'invocation',
    functionArn: 'arn:aws:lambda:local:000000000000:function:month-end-scoring',
    payload: { 'detail-type': 'HallScoringRequested', detail: { hallId: 'h1', month: '2025-09' } },
  });
  const notScored = await t.call('GET /v1/halls/{hallId}/assessments/{month}', {
    params: { hallId: 'h1', month: '2025-09' },
    token: hall.tokens.admin,
  });
  expect(notScored.status).toBe(404);
});

it('`npm run replay -- jobs` runs it again with the original event, deletes the message, and the month is final', async () => {
  // The operator's command, in its own process, on the running runtime's DATA_DIR.
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'ops/replay.ts', 'jobs'], {
    env: { ...process.env, DATA_DIR: t.runtime.stateDir, HALL_CLOCK: NOW, POWERTOOLS_LOG_LEVEL: 'ERROR' },
  });

  expect(stdout).toContain('replayed 1, failed 0');
  expect(await jobs.receive()).toEqual([]);
  const scored = await t.call('GET /v1/halls/{hallId}/assessments/{month}', {
    params: { hallId: 'h1', month: '2025-09' },
    token: hall.tokens.admin,
  });
  expect(scored.status).toBe(200);
  expect(scored.body).toMatchObject({ month: '2025-09', status: 'final' });
  expect(scored.body.windows.map((w) => w.windowId).sort()).toEqual(['w1', 'w2']);
});
