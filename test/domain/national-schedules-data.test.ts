/**
 * The national schedules the functions carry (shared/domain/national-schedules-data.ts, runs of
 * dates) say exactly what the installed chinese-days package says, date by date: after
 * upgrading the package, `npx tsx local/national-schedules-data.ts` regenerates them.
 */
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { expandRuns } from '#domain/national-schedules';
import { PACKAGE_HOLIDAYS, PACKAGE_WORKDAYS } from '#domain/national-schedules-data';

/** The package's date → Chinese name (its values read "National Day,国庆节,3"). */
const packageNames = (list: Record<string, string>) =>
  Object.fromEntries(Object.entries(list).map(([date, value]) => [date, value.split(',')[1] ?? value]));

describe('national schedules carried as runs', () => {
  it.each([
    ['holidays', PACKAGE_HOLIDAYS, data.holidays],
    ['make-up workdays', PACKAGE_WORKDAYS, data.workdays],
  ])('hold the package’s %s, every date with its name', (_, runs, list) => {
    const expanded = expandRuns(runs);
    expect(Object.fromEntries(expanded)).toEqual(packageNames(list));
    expect(expanded).toHaveLength(Object.keys(list).length); // no date twice
  });

  it('expand a run to its first date and the days after it, across a year end', () => {
    expect(expandRuns({ 元旦: '2007-12-30+2 2014-01-01' })).toEqual([
      ['2007-12-30', '元旦'],
      ['2007-12-31', '元旦'],
      ['2008-01-01', '元旦'],
      ['2014-01-01', '元旦'],
    ]);
  });
});
