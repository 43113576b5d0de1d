/**
 * `npx tsx local/national-schedules-data.ts`: writes shared/domain/national-schedules-data.ts,
 * the national schedules of the `chinese-days` package in the form the functions carry: per
 * holiday name, its dates as runs. The package's JSON, bundled as it is, was 43 KB of every
 * function that counts working days (English names, a value per date, lists nothing reads);
 * the runs are about 5 KB. test/domain/national-schedules-data.test.ts checks they still say
 * exactly what the installed package says (run this after upgrading it).
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { addDays, compareDates, type IsoDate } from '#domain/time';

export const DATA_FILE = resolve(import.meta.dirname, '../shared/domain/national-schedules-data.ts');

/** The package's dates per Chinese name (its values read "National Day,国庆节,3"). */
export function packageDates(list: Record<string, string>): Map<string, IsoDate[]> {
  const byName = new Map<string, IsoDate[]>();
  for (const [date, value] of Object.entries(list)) {
    const name = value.split(',')[1] ?? value;
    byName.set(name, [...(byName.get(name) ?? []), date]);
  }
  return byName;
}

/** Consecutive dates as runs: `2025-10-01+7` is the 1st and the 7 days after it. */
function runs(dates: IsoDate[]): string {
  const sorted = [...dates].sort(compareDates);
  const out: [IsoDate, number][] = [];
  for (const date of sorted) {
    const last = out.at(-1);
    if (last && addDays(last[0], last[1] + 1) === date) last[1] += 1;
    else out.push([date, 0]);
  }
  return out.map(([start, more]) => (more ? `${start}+${more}` : start)).join(' ');
}

const literal = (byName: Map<string, IsoDate[]>) =>
  `{\n${[...byName].map(([name, dates]) => `  ${JSON.stringify(name)}: ${JSON.stringify(runs(dates))},`).join('\n')}\n}`;

export function nationalSchedulesData(): string {
  return `// Generated from the chinese-days package by \`npx tsx local/national-schedules-data.ts\`; do not edit.
/** Statutory holidays per name: runs of dates, \`YYYY-MM-DD+n\` being the date and the n days after it. */
export const PACKAGE_HOLIDAYS: Readonly<Record<string, string>> = ${literal(packageDates(data.holidays))};

/** Make-up working days (调休上班) per the holiday they make up for, in the same form. */
export const PACKAGE_WORKDAYS: Readonly<Record<string, string>> = ${literal(packageDates(data.workdays))};
`;
}

if (process.argv[1] === import.meta.filename) await writeFile(DATA_FILE, nationalSchedulesData());
