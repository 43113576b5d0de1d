/**
 * Month-end at scale (`npm run bench:month-end`, and in `npm run bench`): the real month-end
 * function scores a hall of 50 windows with 20,000 cases received in the month, and a large
 * county hall with 100,000 (柳河县 receives about 80,000 a month), each in one invocation of its
 * own process with the V8 heap capped at 512 MB (support/month-end-invocation.ts). Measured: the
 * items it reads against the items the month's figures need (support/month-fixture.ts: the cases
 * they count and the earlier ones still open, the month's ratings and complaints, the hall's
 * set-up), its time (linear in the cases: 5× the cases in ≤ 6.5× the CPU time; ≤ 60 s for the
 * large hall, wall time with the local store) and its peak resident memory against the 512 MB a
 * Lambda could be given. Both halls have 50 windows: only the cases grow.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startLocalStore } from '#local/store';
import { functionCatalog } from '#topology/catalog';
import type { InvocationReport, InvocationRequest } from './support/month-end-invocation';
import { HALL_ID, MONTH, seedMonth, type MonthShape, type SeededMonth } from './support/month-fixture';
import { printTable, times, type Row } from './support/report';

const HEAP_MB = 512;
const MAX_SECONDS = 60;
const MAX_TIME_RATIO = 5 * 1.3;
/** The job scores October early in November, the month not yet final. */
const RUN_AT = '2025-11-03T09:00:00+08:00';
const SMALL: MonthShape = { windows: 50, monthCases: 20_000 };
const LARGE: MonthShape = { windows: 50, monthCases: 100_000 };

/** The invocation in a process of its own, like a fresh Lambda container. */
async function invokeAlone(request: InvocationRequest): Promise<InvocationReport> {
  const child = fork(resolve(import.meta.dirname, 'support', 'month-end-invocation.ts'), {
    execArgv: ['--import', 'tsx', `--max-old-space-size=${HEAP_MB}`],
    env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'ERROR', POWERTOOLS_METRICS_DISABLED: 'true' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit');
  try {
    child.send(request);
    const [answer] = (await Promise.race([once(child, 'message'), exited.then(([code]) => [{ error: `exited with ${code}` }])])) as [
      { report?: InvocationReport; error?: string },
    ];
    if (!answer.report) throw new Error(`the month-end invocation failed: ${answer.error}`);
    return answer.report;
  } finally {
    if (child.exitCode === null) child.kill();
    await exited;
  }
}

/** A fresh store with the hall-month of this shape, scored once. */
async function scoreAtScale(shape: MonthShape): Promise<{ seeded: SeededMonth; report: InvocationReport }> {
  const store = await startLocalStore({ dataDir: ':memory:', tableName: 'hall-bench' });
  try {
    const seeded = await seedMonth(store, shape);
    const report = await invokeAlone({ endpoint: store.endpoint, tableName: store.tableName, hallId: HALL_ID, month: MONTH, now: RUN_AT });
    return { seeded, report };
  } finally {
    await store.close();
  }
}

const thousands = (n: number) => n.toLocaleString('en');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const megabytes = (mb: number) => `${Math.round(mb)} MB`;

function readRow(shape: MonthShape, { seeded, report }: Awaited<ReturnType<typeof scoreAtScale>>): Row {
  const ratio = report.itemsRead / seeded.needed.assessment;
  return {
    name: `month-end, ${shape.windows} windows / ${thousands(shape.monthCases)} cases: items read / needed`,
    figure: `${times(ratio)} (${thousands(report.itemsRead)} / ${thousands(seeded.needed.assessment)}, ${report.readRequests} reads)`,
    target: '≤ 1.1×',
    pass: ratio <= 1.1,
  };
}

export async function monthEndRows(): Promise<Row[]> {
  const small = await scoreAtScale(SMALL);
  const large = await scoreAtScale(LARGE);
  // The function's own work (its process's CPU time) is what must grow linearly; the wall time
  // adds the local store's, one dynalite thread serving every item (DynamoDB's, in AWS).
  const timeRatio = large.report.cpuMs / small.report.cpuMs;
  const configuredMb = functionCatalog['month-end-scoring'].memoryMb;
  const memory = (r: InvocationReport) =>
    `${megabytes(r.peakRssMb)} peak RSS (${megabytes(r.rssBeforeMb)} before the invocation; heap ≤ ${megabytes(r.sampledPeakHeapMb)} sampled)`;
  return [
    readRow(SMALL, small),
    readRow(LARGE, large),
    {
      name: `month-end, ${thousands(LARGE.monthCases)} vs ${thousands(SMALL.monthCases)} cases: the invocation's CPU time`,
      figure: `${times(timeRatio)} (${seconds(large.report.cpuMs)} vs ${seconds(small.report.cpuMs)}; wall ${seconds(large.report.ms)} vs ${seconds(small.report.ms)})`,
      target: `≤ ${MAX_TIME_RATIO}× for 5× the cases (linear)`,
      pass: timeRatio <= MAX_TIME_RATIO,
    },
    {
      name: `month-end, ${thousands(LARGE.monthCases)} cases: one invocation, wall time with the local store`,
      figure: `${seconds(large.report.ms)} (${seconds(large.report.cpuMs)} of it the function's CPU)`,
      target: `≤ ${MAX_SECONDS} s`,
      pass: large.report.ms <= MAX_SECONDS * 1000,
    },
    {
      name: `month-end, ${thousands(SMALL.monthCases)} cases: peak memory (heap capped at ${HEAP_MB} MB)`,
      figure: memory(small.report),
      target: '',
    },
    {
      name: `month-end, ${thousands(LARGE.monthCases)} cases: peak memory (heap capped at ${HEAP_MB} MB)`,
      figure: memory(large.report),
      target: `≤ ${HEAP_MB} MB (the function is configured with ${configuredMb} MB)`,
      pass: large.report.peakRssMb <= HEAP_MB,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printTable(await monthEndRows());
