/**
 * One invocation of the real month-end function (functions/jobs/month-end-scoring.ts) for one
 * hall-month, alone in this process, as a Lambda container runs it: forked by month-end.ts with
 * the V8 heap capped, it scores the hall against the store named in its arguments and reports
 * its time, the items it read (SDK middleware, local/service-calls.ts), the events it would
 * publish and its process's peak resident memory (the kernel's high-water mark, VmHWM: every
 * byte the process ever held, the modules loaded before the invocation included, which is what
 * a Lambda's "Max Memory Used" counts too).
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { HallEvent } from '#events/contracts';
import { handler } from '#functions/jobs/month-end-scoring';
import { lambdaContext } from '#local/functions';
import { itemsRead, readRequests, ServiceCalls } from '#local/service-calls';
import { storeAt } from './month-fixture';

export interface InvocationRequest {
  endpoint: string;
  tableName: string;
  hallId: string;
  month: string;
  /** When the job runs (ISO). */
  now: string;
}

export interface InvocationReport {
  /** From the event to the answer (the local store's service time included). */
  ms: number;
  /** The CPU time this process spent meanwhile (user and system): the function's own work. */
  cpuMs: number;
  itemsRead: number;
  readRequests: number;
  /** The events it would put on the bus. */
  published: string[];
  /** What the job answered (the hall, month, status and revision it published). */
  outcome: unknown;
  /** Resident memory just before the invocation (modules loaded), and the process's peak, in MB. */
  rssBeforeMb: number;
  peakRssMb: number;
  /** The V8 heap in use at its highest, sampled every 10 ms (a stretch of synchronous work between samples is not seen). */
  sampledPeakHeapMb: number;
}

const MB = 2 ** 20;

/** The process's peak resident set size (Linux: VmHWM in /proc/self/status), in MB. */
async function peakRssMb(): Promise<number> {
  const kb = /VmHWM:\s+(\d+) kB/.exec(await readFile('/proc/self/status', 'utf8'))?.[1];
  if (!kb) throw new Error('no VmHWM in /proc/self/status: peak memory is measured on Linux');
  return Number(kb) / 1024;
}

async function invoke(request: InvocationRequest): Promise<InvocationReport> {
  const serviceCalls = new ServiceCalls();
  const d = storeAt(request.endpoint, request.tableName, new Date(request.now));
  serviceCalls.countDynamoDb(d.db);
  const published: HallEvent[] = [];
  const events = {
    publish: (batch: HallEvent[]) => {
      published.push(...batch);
      return Promise.resolve();
    },
  };
  const scoring = handler.withDeps({ ...d, events });
  const rssBeforeMb = process.memoryUsage().rss / MB;
  let peakHeap = 0;
  const sampleHeap = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
  const sampler = setInterval(sampleHeap, 10);
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const { result, calls } = await serviceCalls
    .measure('month-end-scoring', () => scoring({ hallId: request.hallId, month: request.month }, lambdaContext('month-end-scoring')))
    .finally(() => clearInterval(sampler));
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  sampleHeap();
  return {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    itemsRead: itemsRead(calls),
    readRequests: readRequests(calls),
    published: published.map((e) => e.type),
    outcome: result,
    rssBeforeMb,
    peakRssMb: await peakRssMb(),
    sampledPeakHeapMb: peakHeap / MB,
  };
}

process.once('message', (request: InvocationRequest) => {
  invoke(request).then(
    (report) => process.send?.({ report }),
    (err: unknown) => process.send?.({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
  );
});
