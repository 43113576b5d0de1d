import { describe, expect, it } from 'vitest';
import { complaintRouterSource } from '#topology/triggers';
import { compileFilterPatterns, matchesFilterPatterns } from '#local/event-filter';

const flat = { source: 'hall', count: 3, ok: true, gone: null, tags: ['a', 'b'], detail: { kind: 'case-filed', n: 7 } };

const cases: Array<[string, object, boolean]> = [
  ['exact string', { source: ['hall'] }, true],
  ['exact string, other value', { source: ['other'] }, false],
  ['one of several values', { source: ['x', 'hall'] }, true],
  ['exact number', { count: [3] }, true],
  ['number is not its string', { count: ['3'] }, false],
  ['exact boolean', { ok: [true] }, true],
  ['exact null', { gone: [null] }, true],
  ['null does not match a missing field', { missing: [null] }, false],
  ['array field matches any element', { tags: ['b'] }, true],
  ['prefix', { source: [{ prefix: 'ha' }] }, true],
  ['prefix, no match', { source: [{ prefix: 'x' }] }, false],
  ['suffix', { source: [{ suffix: 'all' }] }, true],
  ['numeric range', { count: [{ numeric: ['>=', 1, '<', 5] }] }, true],
  ['numeric range, outside', { count: [{ numeric: ['>', 3] }] }, false],
  ['numeric equals', { count: [{ numeric: ['=', 3] }] }, true],
  ['numeric never matches a string', { source: [{ numeric: ['>', 0] }] }, false],
  ['exists true', { source: [{ exists: true }] }, true],
  ['exists true, missing', { missing: [{ exists: true }] }, false],
  ['exists false, missing', { missing: [{ exists: false }] }, true],
  ['exists false, present', { source: [{ exists: false }] }, false],
  ['exists false under a missing parent', { nope: { deeper: [{ exists: false }] } }, true],
  ['anything-but list', { source: [{ 'anything-but': ['x', 'y'] }] }, true],
  ['anything-but list, excluded', { source: [{ 'anything-but': ['hall'] }] }, false],
  ['anything-but single value', { count: [{ 'anything-but': 4 }] }, true],
  ['anything-but does not match a missing field', { missing: [{ 'anything-but': ['x'] }] }, false],
  ['nested object', { detail: { kind: ['case-filed'], n: [{ numeric: ['>', 5] }] } }, true],
  ['nested object, one key fails', { detail: { kind: ['case-filed'], n: [{ numeric: ['<', 5] }] } }, false],
  ['nested object under a scalar', { source: { x: ['y'] } }, false],
  ['all keys must match', { source: ['hall'], count: [4] }, false],
];

describe('matchesFilterPatterns', () => {
  it.each(cases)('%s', (_name, pattern, expected) => {
    expect(matchesFilterPatterns(flat, [pattern])).toBe(expected);
  });

  it('passes a record when any pattern matches', () => {
    expect(matchesFilterPatterns(flat, [{ source: ['x'] }, { count: [3] }])).toBe(true);
    expect(matchesFilterPatterns(flat, [{ source: ['x'] }, { count: [4] }])).toBe(false);
  });

  it.each([
    ['a bare value', { source: 'hall' }],
    ['an unsupported operator', { source: [{ wildcard: 'h*' }] }],
    ['a malformed numeric filter', { count: [{ numeric: ['>'] }] }],
    ['a non-boolean exists', { source: [{ exists: 'yes' }] }],
  ])('rejects %s up front, whatever the record', (_name, pattern) => {
    expect(() => compileFilterPatterns([{ other: ['x'] }, pattern])).toThrow(/Invalid or unsupported filter pattern/);
  });
});

describe('matchesFilterPatterns on DynamoDB stream records', () => {
  const record = (eventName: string, entity: string, status: string) => ({
    eventName,
    dynamodb: {
      Keys: { pk: { S: 'HALL#h1' }, sk: { S: 'COMPLAINT#c1' } },
      NewImage: { pk: { S: 'HALL#h1' }, sk: { S: 'COMPLAINT#c1' }, entity: { S: entity }, status: { S: status }, n: { N: '5' } },
    },
  });

  const cases: Array<[string, object, boolean]> = [
    ['new complaint', record('INSERT', 'complaint', 'received'), true],
    ['complaint updated', record('MODIFY', 'complaint', 'received'), false],
    ['complaint inserted already routed', record('INSERT', 'complaint', 'assigned'), false],
    ['other entity', record('INSERT', 'case', 'received'), false],
    [
      'removal (no NewImage)',
      { eventName: 'REMOVE', dynamodb: { OldImage: record('INSERT', 'complaint', 'received').dynamodb.NewImage } },
      false,
    ],
  ];

  it.each(cases)('complaint router filter: %s', (_name, rec, expected) => {
    expect(matchesFilterPatterns(rec, complaintRouterSource.filters)).toBe(expected);
  });

  it('matches keys by prefix and N values as strings', () => {
    const rec = record('INSERT', 'complaint', 'received');
    expect(matchesFilterPatterns(rec, [{ dynamodb: { Keys: { sk: { S: [{ prefix: 'COMPLAINT#' }] } } } }])).toBe(true);
    expect(matchesFilterPatterns(rec, [{ dynamodb: { NewImage: { n: { N: ['5'] } } } }])).toBe(true);
    expect(matchesFilterPatterns(rec, [{ dynamodb: { OldImage: [{ exists: false }] } }])).toBe(true);
  });
});
