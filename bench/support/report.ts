/**
 * The bench's one table: every measurement gives rows with its figure and its target, PASS or
 * FAIL (rows without a target are information), printed at the end and kept in
 * bench/results.json with the machine it ran on.
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';

export interface Row {
  name: string;
  figure: string;
  target: string;
  /** Undefined: a figure reported for information, with no target it is held to here. */
  pass?: boolean;
}

const verdict = (row: Row) => (row.pass === undefined ? 'info' : row.pass ? 'PASS' : 'FAIL');

export function printTable(rows: readonly Row[]): void {
  const width = (pick: (r: Row) => string) => Math.max(...rows.map((r) => pick(r).length));
  const [name, figure, target] = [width((r) => r.name), width((r) => r.figure), width((r) => r.target)];
  for (const row of rows) {
    process.stdout.write(`${row.name.padEnd(name)}  ${row.figure.padEnd(figure)}  ${row.target.padEnd(target)}  ${verdict(row)}\n`);
  }
}

export async function writeResults(file: URL, rows: readonly Row[]): Promise<void> {
  const cpus = os.cpus();
  const machine = {
    cpu: cpus[0]?.model ?? 'unknown',
    cpus: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  const results = { ranAt: new Date().toISOString(), machine, rows: rows.map((r) => ({ ...r, verdict: verdict(r) })) };
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
}

export const ms = (value: number) => `${value.toFixed(2)} ms`;
export const times = (value: number) => `${value.toFixed(2)}×`;

/** The middle value (the lower of the two middle ones for an even count). */
export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN;
