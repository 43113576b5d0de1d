/**
 * `npm run soak`: 50 clients for 60 seconds against `npm start` (its own process, store on
 * disk), taking in cases, deciding them, rating them and filing complaints, each write with an
 * Idempotency-Key and retried on a failed answer. Then, read straight from the store: every
 * acknowledged write is there exactly once, every case history is consistent with its status,
 * every complaint and rectification is routed, every case event published; and no reply was a
 * 5xx. Loopback only; `CLIENTS` and `SOAK_SECONDS` change the load.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { businessDate, monthOf } from '#domain/time';
import { caseRecords } from '#adapters/case-records';
import { systemClock } from '#adapters/clock';
import { complaintRecords, ratingRecords } from '#adapters/complaint-records';
import type { StoreDeps } from '#adapters/deps';
import type { HallFixture } from '#local/harness/hall';
import type { HallClient } from '#local/harness/runtime';
import { complaintBody, duplicates, HALL, intakeBody, loadHall, percentile, publishedEvents } from './support/load';
import { startServer } from './support/server-process';

const CLIENTS = Number(process.env.CLIENTS ?? 50);
const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
/** Receipt-code checks are limited per source address (1,200 an hour) and every client here is 127.0.0.1. */
const RATING_BUDGET = 1000;
const ATTEMPTS = 3;

type Action = 'intake' | 'decision' | 'rating' | 'complaint';

interface Tally {
  statuses: Map<number, number>;
  latency: Record<Action, number[]>;
  cases: Map<string, { name: string; decided: boolean }>;
  ratings: Map<string, number>;
  complaints: Set<string>;
  unanswered: number;
  ratingsLeft: number;
}

/** One write, retried with the same key when no answer (or a 5xx) came back: it must still happen once. */
async function write<T extends { status: number }>(tally: Tally, action: Action, send: () => Promise<T>): Promise<T | undefined> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const started = performance.now();
    try {
      const reply = await send();
      tally.latency[action].push(performance.now() - started);
      tally.statuses.set(reply.status, (tally.statuses.get(reply.status) ?? 0) + 1);
      if (reply.status < 500) return reply;
    } catch {
      tally.unanswered++;
    }
  }
  return undefined;
}

async function client(id: number, api: HallClient, hall: HallFixture, tally: Tally, until: number): Promise<void> {
  const accepted: { caseId: string; publicCode: string }[] = [];
  const decided: { caseId: string; publicCode: string }[] = [];
  for (let n = 0; performance.now() < until; n++) {
    const key = `soak-${id}-${n}`;
    const roll = (id * 7 + n * 13) % 20;
    if (roll < 8 || accepted.length === 0) {
      const name = `申请人${id}-${n}`;
      const reply = await write(tally, 'intake', () =>
        api.call('POST /v1/halls/{hallId}/cases', {
          params: { hallId: HALL },
          token: hall.tokens.staffA,
          headers: { 'idempotency-key': key },
          body: { ...intakeBody(n), applicant: { name } },
        }),
      );
      if (reply?.status === 201) {
        accepted.push({ caseId: reply.body.caseId, publicCode: reply.body.publicCode });
        tally.cases.set(reply.body.caseId, { name, decided: false });
      }
    } else if (roll < 13) {
      const next = accepted.shift()!;
      const reply = await write(tally, 'decision', () =>
        api.call('POST /v1/halls/{hallId}/cases/{caseId}/decision', {
          params: { hallId: HALL, caseId: next.caseId },
          token: hall.tokens.chief,
          body: { outcome: 'approved' },
        }),
      );
      if (reply?.status === 200) {
        decided.push(next);
        tally.cases.get(next.caseId)!.decided = true;
      }
    } else if (roll < 16 && decided.length > 0 && tally.ratingsLeft > 0) {
      tally.ratingsLeft--;
      const rated = decided.shift()!;
      const level = ((id + n) % 5) + 1;
      const reply = await write(tally, 'rating', () =>
        api.call('POST /v1/public/cases/{caseId}/rating', {
          params: { caseId: rated.caseId },
          headers: { 'idempotency-key': key },
          body: { code: rated.publicCode, level, comment: '窗口办理情况评价' },
        }),
      );
      if (reply?.status === 201) tally.ratings.set(rated.caseId, level);
    } else {
      const reply = await write(tally, 'complaint', () =>
        api.call('POST /v1/public/halls/{hallId}/complaints', {
          params: { hallId: HALL },
          headers: { 'idempotency-key': key },
          body: complaintBody(id * 100_000 + n),
        }),
      );
      if (reply?.status === 202) tally.complaints.add((reply.body as { complaintId: string }).complaintId);
    }
  }
}

/** The store of the running server, read directly (the checks must not trust the API they check). */
async function storeOf(dataDir: string): Promise<StoreDeps> {
  const { storeEndpoint, tableName } = JSON.parse(await readFile(join(dataDir, 'runtime.json'), 'utf8')) as {
    storeEndpoint: string;
    tableName: string;
  };
  const client = new DynamoDBClient({
    endpoint: storeEndpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return { db: DynamoDBDocumentClient.from(client), tableName, clock: systemClock };
}

/** What the store holds against what was acknowledged. */
async function verify(store: StoreDeps, dataDir: string, tally: Tally, months: string[]) {
  const cases = (await Promise.all(months.map((month) => caseRecords.all(store, HALL, { by: 'received-month', month })))).flat();
  const soakCases = cases.filter((c) => c.applicant.name.startsWith('申请人') && c.applicant.name.includes('-'));
  const byName = new Map<string, number>();
  for (const c of soakCases) byName.set(c.applicant.name, (byName.get(c.applicant.name) ?? 0) + 1);
  const stored = new Map(soakCases.map((c) => [c.caseId, c]));

  let inconsistent = 0;
  for (const [caseId, expected] of tally.cases) {
    const c = stored.get(caseId);
    const actions = c?.history.map((h) => h.action) ?? [];
    const times = c?.history.map((h) => h.at) ?? [];
    const ordered = times.every((at, i) => i === 0 || times[i - 1]! <= at);
    const decisions = actions.filter((a) => a === 'approved' || a === 'rejected').length;
    const consistent =
      c !== undefined &&
      c.applicant.name === expected.name &&
      actions[0] === 'intake' &&
      ordered &&
      decisions === (expected.decided ? 1 : 0) &&
      c.status === (expected.decided ? 'approved' : 'accepted');
    if (!consistent) inconsistent++;
  }
  const ratings = (await Promise.all(months.map((month) => ratingRecords.givenIn(store, HALL, month)))).flat();
  const ratedIds = ratings.map((r) => r.caseId);
  const bad = [...tally.ratings].filter(([, level]) => level <= 2).map(([caseId]) => `R-${caseId}`);
  const complaintIds = [...tally.complaints, ...bad];
  const complaints = await complaintRecords.getMany(store, complaintIds);
  const events = await publishedEvents(dataDir);
  const accepted = new Set(events.filter((e) => e['detail-type'] === 'CaseAccepted').map((e) => e.detail.caseId));
  const concluded = new Set(events.filter((e) => e['detail-type'] === 'CaseConcluded').map((e) => e.detail.caseId));
  return {
    casesMissing: [...tally.cases.keys()].filter((id) => !stored.has(id)).length,
    casesExtra: soakCases.length - tally.cases.size,
    casesTwice: [...byName.values()].filter((n) => n > 1).length,
    inconsistent,
    ratingsMissing: [...tally.ratings.keys()].filter((id) => !ratedIds.includes(id)).length,
    ratingsExtra: ratedIds.length - tally.ratings.size,
    complaintsMissing: complaintIds.length - complaints.length,
    unrouted: complaints.filter((c) => c.status !== 'assigned').length,
    eventsMissing:
      [...tally.cases.keys()].filter((id) => !accepted.has(id)).length +
      [...tally.cases].filter(([id, c]) => c.decided && !concluded.has(id)).length,
    eventsTwice: duplicates(events),
  };
}

const dataDir = await mkdtemp(join(tmpdir(), 'hall-soak-'));
const server = await startServer(dataDir);
try {
  const hall = await loadHall(server.client);
  const tally: Tally = {
    statuses: new Map(),
    latency: { intake: [], decision: [], rating: [], complaint: [] },
    cases: new Map(),
    ratings: new Map(),
    complaints: new Set(),
    unanswered: 0,
    ratingsLeft: RATING_BUDGET,
  };
  const startMonth = monthOf(businessDate(new Date()));
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, id) => client(id, server.client, hall, tally, started + SECONDS * 1000)));
  const elapsed = (performance.now() - started) / 1000;
  const months = [...new Set([startMonth, monthOf(businessDate(new Date()))])];

  // The stream consumers finish what the last writes started (routing, events): bounded.
  const store = await storeOf(dataDir);
  let result = await verify(store, dataDir, tally, months);
  for (let waited = 0; result.unrouted + result.eventsMissing > 0 && waited < 30_000; waited += 500) {
    await new Promise((done) => setTimeout(done, 500));
    result = await verify(store, dataDir, tally, months);
  }

  const requests = [...tally.statuses.values()].reduce((a, b) => a + b, 0);
  const serverErrors = [...tally.statuses].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0);
  console.log(`\nSoak: ${CLIENTS} clients for ${elapsed.toFixed(0)} s against npm start (store on disk)\n`);
  console.log(
    `${requests} requests (${(requests / elapsed).toFixed(0)}/s), statuses ${JSON.stringify(Object.fromEntries(tally.statuses))}, unanswered ${tally.unanswered}`,
  );
  console.log('\n| write | acknowledged | p50 | p95 |');
  console.log('| --- | ---: | ---: | ---: |');
  const acknowledged: Record<Action, number> = {
    intake: tally.cases.size,
    decision: [...tally.cases.values()].filter((c) => c.decided).length,
    rating: tally.ratings.size,
    complaint: tally.complaints.size,
  };
  for (const action of Object.keys(tally.latency) as Action[]) {
    const sorted = [...tally.latency[action]].sort((a, b) => a - b);
    console.log(
      `| ${action} | ${acknowledged[action]} | ${percentile(sorted, 0.5).toFixed(0)} ms | ${percentile(sorted, 0.95).toFixed(0)} ms |`,
    );
  }
  console.log('\n| check | found |');
  console.log('| --- | ---: |');
  const checks = { '5xx replies': serverErrors, 'unanswered requests': tally.unanswered, ...result };
  for (const [check, found] of Object.entries(checks)) console.log(`| ${check} | ${found} |`);
  // Events may repeat after a crash (at least once); with none here, none should.
  const failed = Object.entries(checks).filter(([, found]) => found !== 0);
  if (failed.length > 0) {
    console.error(`\nFAILED: ${failed.map(([check, found]) => `${check} ${found}`).join(', ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nEvery acknowledged write exactly once, every history consistent, zero 5xx.');
  }
} finally {
  await server.stop('SIGTERM');
  await rm(dataDir, { recursive: true, force: true });
}
