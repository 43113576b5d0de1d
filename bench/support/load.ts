/**
 * What the crash test and the soak share: a hall set up over HTTP with abuse limits raised for
 * one loopback address, the calls they make, and what the local bus logged (`events.jsonl`).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setUpHall, type HallFixture } from '#local/harness/hall';
import type { HallClient } from '#local/harness/runtime';

export const HALL = 'h1';

/** The test hall of local/harness/hall.ts, its anonymous limits raised: every client here shares 127.0.0.1. */
export async function loadHall(client: HallClient): Promise<HallFixture> {
  const hall = await setUpHall(client, HALL);
  const limits = {
    complaintsPerAddressPerHour: 10_000,
    complaintsPerHallPerHour: 100_000,
    ratingsPerAddressPerHour: 100_000,
    ratingsPerHallPerHour: 1_000_000,
  };
  const reply = await client.call('PUT /v1/halls/{hallId}/assessment-rules', {
    params: { hallId: HALL },
    token: hall.tokens.admin,
    body: limits,
  });
  if (reply.status !== 200) throw new Error(`raising the limits failed: ${reply.status} ${reply.text}`);
  return hall;
}

/** A case taken in at window w1 with every material: accepted at once (CaseAccepted). */
export const intakeBody = (n: number) => ({
  itemId: 'record',
  windowId: 'w1',
  applicant: { name: `申请人${n}` },
  submittedMaterials: ['application'],
});

export const complaintBody = (n: number) => ({ category: '服务态度', description: `第${n}号投诉：窗口人员态度生硬`, windowId: 'w1' });

export interface LoggedEvent {
  'detail-type': string;
  detail: { caseId?: string; complaintId?: string; revision?: number };
}

/** Every event the local bus published in this data folder, across restarts. */
export async function publishedEvents(dataDir: string): Promise<LoggedEvent[]> {
  const text = await readFile(join(dataDir, 'events.jsonl'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LoggedEvent);
}

/** Events published more than once (same type, subject and revision): allowed (consumers dedupe), counted. */
export function duplicates(events: LoggedEvent[]): number {
  const seen = new Set<string>();
  let repeated = 0;
  for (const e of events) {
    const key = `${e['detail-type']}|${e.detail.caseId ?? e.detail.complaintId}|${e.detail.revision}`;
    if (seen.has(key)) repeated++;
    seen.add(key);
  }
  return repeated;
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
