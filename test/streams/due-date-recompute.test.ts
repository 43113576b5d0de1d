/**
 * The calendar-change consumer: its mapping filter (calendar records only: its own case writes
 * never come back to it) and what a record means — which halls, from which date, or nothing.
 * The recomputation itself runs end to end in test/integration/case-deadlines.test.ts.
 */
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { calendarChangeOf } from '#functions/streams/due-date-recompute';
import { matchesFilterPatterns } from '#local/event-filter';
import { dueDateRecomputeSource } from '#topology/triggers';
import { day, nationalYear, record } from './calendar-records';
import { samples } from './samples';

const year = nationalYear(2027);

describe('the mapping filter (dueDateRecomputeSource.filters)', () => {
  const passes = (r: DynamoDBRecord) => matchesFilterPatterns(r, dueDateRecomputeSource.filters);

  it('passes hall calendar days and national years written, nothing else', () => {
    expect(passes(record('INSERT', day('2025-10-09', false)))).toBe(true);
    expect(passes(record('MODIFY', year(['2027-01-01']), year([])))).toBe(true);
    expect(samples.batch.Records.filter(passes)).toEqual([]);
  });
});

describe('calendarChangeOf', () => {
  it.each<[string, DynamoDBRecord, ReturnType<typeof calendarChangeOf>]>([
    [
      'a closure: this hall, from that date',
      record('INSERT', day('2025-10-09', false, '台风')),
      { halls: ['h1'], from: '2025-10-09', reason: 'the hall is closed on 2025-10-09 (台风)' },
    ],
    [
      'a closure lifted',
      record('MODIFY', day('2025-10-09', true, '恢复办公'), day('2025-10-09', false)),
      { halls: ['h1'], from: '2025-10-09', reason: 'the hall is open on 2025-10-09 (恢复办公)' },
    ],
    [
      'only the reason changed: nothing moves',
      record('MODIFY', day('2025-10-09', false, '台风（续）'), day('2025-10-09', false, '台风')),
      undefined,
    ],
    [
      'a national year loaded: every hall, from its first day',
      record('INSERT', year(['2027-01-01'])),
      { halls: 'all', from: '2027-01-01', reason: 'the national schedule of 2027 was loaded' },
    ],
    [
      'a national year corrected: from the first date that differs',
      record('MODIFY', year(['2027-01-01', '2027-02-10'], ['2027-02-20']), year(['2027-01-01', '2027-02-11'], ['2027-02-20'])),
      { halls: 'all', from: '2027-02-10', reason: 'the national schedule of 2027 was corrected' },
    ],
    ['a national year written again unchanged: nothing moves', record('MODIFY', year(['2027-01-01']), year(['2027-01-01'])), undefined],
  ])('%s', (_, r, expected) => {
    expect(calendarChangeOf(r)).toEqual(expected);
  });
});
