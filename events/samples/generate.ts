/**
 * Regenerates the DynamoDB Streams samples in this folder from the real system: the local
 * runtime (in-memory store, its recording proxy and change stream, the real handlers over
 * HTTP, the real complaint router) with a clock frozen at Friday 2025-09-26 09:00 China time.
 *
 *   npx tsx events/samples/generate.ts
 *
 * Only what changes from run to run is rewritten (ULIDs, the receipt code, the search keys'
 * keyed hashes, event ids, sequence numbers, creation times), so reruns give identical files. No personal data goes
 * in: the case is filed without ID number or phone, the complaint without contact, and the
 * script refuses to write anything that looks like either.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { encodeTime } from 'ulid';
import { ENTITY } from '#adapters/table';
import { clockStartingAt } from '#local/clock';

const START = new Date('2025-09-26T09:00:00+08:00');
const OUT_DIR = import.meta.dirname;

/** Stable stand-ins: ULIDs at the frozen instant with a fixed random part. */
const stableUlid = (n: number) => `${encodeTime(START.getTime(), 10)}${String(n).padStart(16, '0')}`;
const SAMPLE_IDS = { caseId: stableUlid(1), complaintId: stableUlid(2), publicCode: 'SAMPLE0000' } as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function replaceStrings(value: Json, replacements: Map<string, string>): Json {
  if (typeof value === 'string') {
    let out = value;
    for (const [from, to] of replacements) out = out.split(from).join(to);
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => replaceStrings(v, replacements));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [replaceStrings(k, replacements) as string, replaceStrings(v, replacements)]),
    );
  }
  return value;
}

/** The sample's stable form: ids replaced, stream bookkeeping renumbered, size recomputed. */
function stabilize(record: DynamoDBRecord, name: string, sequence: number, replacements: Map<string, string>): DynamoDBRecord {
  const { dynamodb = {}, ...rest } = replaceStrings(record as unknown as Json, replacements) as unknown as DynamoDBRecord;
  const images = {
    Keys: dynamodb.Keys,
    ...(dynamodb.NewImage && { NewImage: dynamodb.NewImage }),
    ...(dynamodb.OldImage && { OldImage: dynamodb.OldImage }),
  };
  return {
    ...rest,
    // 32 hex digits, like the eventIDs of DynamoDB Streams, derived from the sample's name.
    eventID: createHash('sha256').update(name).digest('hex').slice(0, 32),
    dynamodb: {
      ...dynamodb,
      ApproximateCreationDateTime: Math.floor(START.getTime() / 1000),
      SequenceNumber: String(sequence).padStart(21, '0'),
      SizeBytes: Buffer.byteLength(JSON.stringify(images)),
    },
  };
}

/** Refuses anything that looks like personal data (encrypted fields, mainland mobiles, ID numbers). */
function assertNoPersonalData(file: string, text: string): void {
  const problems = [/Cipher"/, /(?<!\d)1[3-9]\d{9}(?!\d)/, /(?<![0-9A-Z])\d{17}[\dX](?![0-9A-Z])/].filter((pattern) => pattern.test(text));
  if (problems.length) throw new Error(`${file} looks like it holds personal data (${problems.join(', ')})`);
}

async function main(): Promise<void> {
  // Request logs are noise here; the logger reads the level when its module loads.
  process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
  const [{ startHarness }, { setUpHall }] = await Promise.all([import('#local/harness/runtime'), import('#local/harness/hall')]);
  // Frozen: the clock never moves, so every timestamp the handlers write is the same each run.
  const t = await startHarness({ clock: clockStartingAt(START, () => 0) });
  const { runtime } = t;
  try {
    const expectStatus = (reply: { status: number; body: unknown }, status: number, what: string) => {
      if (reply.status !== status) throw new Error(`${what}: ${reply.status} ${JSON.stringify(reply.body)}`);
      return reply.body as Record<string, string>;
    };

    const hall = await setUpHall(t);
    await runtime.settle();

    // Everything the table's stream carries from here on, unfiltered.
    const seen: DynamoDBRecord[] = [];
    runtime.store.stream.subscribe({
      name: 'samples',
      batchSize: 100,
      retryAttempts: 0,
      maxRecordAgeSeconds: 3600,
      handler: (event) => {
        seen.push(...event.Records);
        return Promise.resolve();
      },
      onFailure: () => undefined,
    });

    const filedCase = expectStatus(
      await t.call('POST /v1/halls/{hallId}/cases', {
        params: { hallId: 'h1' },
        token: hall.tokens.staffA,
        body: { itemId: 'record', windowId: 'w1', applicant: { name: '示例申请人' }, submittedMaterials: ['application'] },
      }),
      201,
      'case intake',
    );
    const { caseId, publicCode } = filedCase as { caseId: string; publicCode: string };
    expectStatus(
      await t.call('POST /v1/public/cases/{caseId}/rating', {
        params: { caseId },
        body: { code: publicCode, level: 1, comment: '等候时间过长' },
      }),
      201,
      'bad rating',
    );
    const filed = expectStatus(
      await t.call('POST /v1/public/halls/{hallId}/complaints', {
        params: { hallId: 'h1' },
        body: { category: '服务态度', description: '窗口人员态度生硬', windowId: 'w1' },
      }),
      202,
      'complaint',
    );
    const { complaintId } = filed as { complaintId: string };
    await runtime.settle();

    const image = (r: DynamoDBRecord) => r.dynamodb?.NewImage ?? {};
    const find = (what: string, matches: (r: DynamoDBRecord) => boolean) => {
      const found = seen.filter(matches);
      if (found.length !== 1) throw new Error(`expected one ${what} record on the stream, found ${found.length}`);
      return found[0]!;
    };
    const pk = (r: DynamoDBRecord) => r.dynamodb?.Keys?.pk?.S;
    const picked = {
      'stream-case-insert': find(
        'case INSERT',
        (r) => r.eventName === 'INSERT' && pk(r) === `CASE#${caseId}` && image(r).entity?.S === ENTITY.case,
      ),
      'stream-rectification-insert': find('rectification INSERT', (r) => r.eventName === 'INSERT' && pk(r) === `COMPLAINT#R-${caseId}`),
      'stream-complaint-insert': find('complaint INSERT', (r) => r.eventName === 'INSERT' && pk(r) === `COMPLAINT#${complaintId}`),
      // The router's MODIFY (the outbox's marking of its event published is another).
      'stream-complaint-modify': find(
        "the router's MODIFY",
        (r) => r.eventName === 'MODIFY' && pk(r) === `COMPLAINT#${complaintId}` && r.dynamodb?.OldImage?.status?.S === 'received',
      ),
    };
    if (image(picked['stream-complaint-modify']).status?.S !== 'assigned') throw new Error('the router did not assign the complaint');

    // The blind index's keyed hashes depend on this run's hashing key.
    const digests = Object.entries(image(picked['stream-case-insert']).searchKeys?.M ?? {}).map(
      ([key, digest]) => [digest.S ?? '', `sample-${key}-digest`] as const,
    );
    const replacements = new Map([
      [caseId, SAMPLE_IDS.caseId],
      [complaintId, SAMPLE_IDS.complaintId],
      [publicCode, SAMPLE_IDS.publicCode],
      ...digests,
    ]);
    // Stream order, renumbered from 1.
    const ordered = Object.entries(picked).sort(([, a], [, b]) => (a.dynamodb!.SequenceNumber! < b.dynamodb!.SequenceNumber! ? -1 : 1));
    const samples = new Map(ordered.map(([name, record], i) => [name, stabilize(record, name, i + 1, replacements)]));

    const files: Array<[string, unknown]> = [...samples].map(([name, record]) => [`${name}.json`, record]);
    const batch: DynamoDBStreamEvent = { Records: [...samples.values()] };
    files.push(['stream-batch.json', batch]);
    for (const [file, content] of files) {
      const text = `${JSON.stringify(content, null, 2)}\n`;
      assertNoPersonalData(file, text);
      for (const volatile of replacements.keys()) if (text.includes(volatile)) throw new Error(`${file} still holds ${volatile}`);
      await writeFile(join(OUT_DIR, file), text);
      console.log(`wrote events/samples/${file}`);
    }
  } finally {
    await t.stop();
  }
}

await main();
