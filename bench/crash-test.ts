/**
 * `npm run crash-test`: the backend killed during a burst of writes, then restarted on the same
 * data folder — every write it acknowledged must be carried through: each complaint routed,
 * each case's event published. Then the same with SIGTERM, which must leave nothing owed.
 * Loopback only, bounded (about half a minute). Figures printed for the README.
 *
 *   CLIENTS=20 KILL_AFTER_MS=3000 npm run crash-test
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HallFixture } from '#local/harness/hall';
import type { HallClient } from '#local/harness/runtime';
import { complaintBody, duplicates, HALL, intakeBody, loadHall, publishedEvents } from './support/load';
import { startServer } from './support/server-process';

const CLIENTS = Number(process.env.CLIENTS ?? 20);
const KILL_AFTER_MS = Number(process.env.KILL_AFTER_MS ?? 3000);
/** How long after the restart everything acknowledged must be done. */
const CATCH_UP_BOUND_MS = 30_000;

interface Acknowledged {
  cases: Set<string>;
  complaints: Set<string>;
  /** Requests under way when the server went: no answer, so not acknowledged. */
  unanswered: number;
}

/** Clients writing cases and complaints as fast as they are answered, until the server is gone. */
async function burst(client: HallClient, hall: HallFixture, stopServer: () => Promise<void>) {
  const acknowledged: Acknowledged = { cases: new Set(), complaints: new Set(), unanswered: 0 };
  let gone = false;
  let n = 0;
  const worker = async () => {
    while (!gone) {
      const i = ++n;
      try {
        if (i % 2 === 0) {
          const reply = await client.call('POST /v1/halls/{hallId}/cases', {
            params: { hallId: HALL },
            token: hall.tokens.staffA,
            body: intakeBody(i),
          });
          if (reply.status === 201) acknowledged.cases.add(reply.body.caseId);
        } else {
          const reply = await client.call('POST /v1/public/halls/{hallId}/complaints', {
            params: { hallId: HALL },
            body: complaintBody(i),
          });
          if (reply.status === 202) acknowledged.complaints.add((reply.body as { complaintId: string }).complaintId);
        }
      } catch {
        acknowledged.unanswered++;
        gone = true;
      }
    }
  };
  const workers = Array.from({ length: CLIENTS }, worker);
  await new Promise((done) => setTimeout(done, KILL_AFTER_MS));
  await stopServer();
  gone = true;
  await Promise.all(workers);
  return acknowledged;
}

/** What of the acknowledged work is not done yet: complaints still `received`, cases without their event. */
async function owed(dataDir: string, client: HallClient, hall: HallFixture, ack: Acknowledged) {
  const events = await publishedEvents(dataDir);
  const announced = new Set(events.filter((e) => e['detail-type'] === 'CaseAccepted').map((e) => e.detail.caseId));
  const routedEvents = new Set(events.filter((e) => e['detail-type'] === 'ComplaintRouted').map((e) => e.detail.complaintId));
  let unrouted = 0;
  for (const complaintId of ack.complaints) {
    const reply = await client.call('GET /v1/halls/{hallId}/complaints/{complaintId}', {
      params: { hallId: HALL, complaintId },
      token: hall.tokens.admin,
    });
    if (reply.status !== 200 || reply.body.status === 'received' || !routedEvents.has(complaintId)) unrouted++;
  }
  const unpublished = [...ack.cases].filter((id) => !announced.has(id)).length;
  return { unrouted, unpublished, duplicates: duplicates(events) };
}

/** Kills (or stops) the server mid-burst, restarts it, and measures how long until nothing is owed. */
async function round(dataDir: string, signal: NodeJS.Signals) {
  const first = await startServer(dataDir);
  const hall = await loadHall(first.client);
  // Warm: every function the burst calls loaded once, as in a server that has been up a while.
  await first.client.call('POST /v1/halls/{hallId}/cases', { params: { hallId: HALL }, token: hall.tokens.staffA, body: intakeBody(0) });
  await first.client.call('POST /v1/public/halls/{hallId}/complaints', { params: { hallId: HALL }, body: complaintBody(0) });
  const ack = await burst(first.client, hall, () => first.stop(signal));
  // What the stopped process left for the next start: stream records after some consumer's position.
  const left = await leftInJournal(dataDir);

  const restartedAt = performance.now();
  const second = await startServer(dataDir);
  // From the restart to the first look that finds nothing owed.
  let lookedAt = performance.now();
  let remaining = await owed(dataDir, second.client, hall, ack);
  while (remaining.unrouted + remaining.unpublished > 0 && performance.now() - restartedAt < CATCH_UP_BOUND_MS) {
    await new Promise((done) => setTimeout(done, 100));
    lookedAt = performance.now();
    remaining = await owed(dataDir, second.client, hall, ack);
  }
  const caughtUpMs = lookedAt - restartedAt;
  await second.stop('SIGTERM');
  return { signal, ack, left, startedInMs: second.startedInMs, caughtUpMs, remaining };
}

async function leftInJournal(dataDir: string): Promise<number> {
  const read = (file: string) => readFile(join(dataDir, 'stream', file), 'utf8').catch(() => '');
  const positions = Object.values(JSON.parse((await read('checkpoints.json')) || '{}') as Record<string, number>);
  const from = positions.length ? Math.min(...positions) : 0;
  return (await read('records.jsonl'))
    .split('\n')
    .filter(Boolean)
    .filter((line) => {
      try {
        return Number((JSON.parse(line) as { dynamodb: { SequenceNumber: string } }).dynamodb.SequenceNumber) > from;
      } catch {
        return false; // cut short by the kill
      }
    }).length;
}

const results = [];
for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
  const dataDir = await mkdtemp(join(tmpdir(), 'hall-crash-'));
  try {
    results.push(await round(dataDir, signal));
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

console.log(`\nCrash test: ${CLIENTS} clients writing cases and complaints, the server stopped ${KILL_AFTER_MS} ms in, then restarted\n`);
console.log(
  '| stopped by | cases acknowledged | complaints acknowledged | unanswered | stream records left | restart to serving | all carried through after | not routed | not published | events published twice |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  console.log(
    `| ${r.signal} | ${r.ack.cases.size} | ${r.ack.complaints.size} | ${r.ack.unanswered} | ${r.left} | ${(r.startedInMs / 1000).toFixed(1)} s | ` +
      `${(r.caughtUpMs / 1000).toFixed(1)} s | ${r.remaining.unrouted} | ${r.remaining.unpublished} | ${r.remaining.duplicates} |`,
  );
}
const failed = results.filter((r) => r.remaining.unrouted + r.remaining.unpublished > 0 || (r.signal === 'SIGTERM' && r.left > 0));
if (failed.length > 0) {
  console.error(
    `\nFAILED: acknowledged work not carried through within ${CATCH_UP_BOUND_MS / 1000} s (or SIGTERM left stream records owed)`,
  );
  process.exit(1);
}
console.log(`\nEvery acknowledged write carried through within ${CATCH_UP_BOUND_MS / 1000} s of the restart.`);
