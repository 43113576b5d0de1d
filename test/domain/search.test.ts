import { describe, expect, it } from 'vitest';
import { normalizeSearchValue, searchPurpose, searchValuesOf, SEARCH_KEYS, type SearchKey } from '../../shared/domain/search';

describe('search values are normalized so one person typed two ways is one key', () => {
  it.each<[SearchKey, string, string]>([
    ['id-number', '32082619900101123x', '32082619900101123X'],
    ['id-number', ' 320826199001011234 ', '320826199001011234'],
    ['phone', '139 0000 0000', '+8613900000000'],
    ['phone', '139-0000-0000', '+8613900000000'],
    ['phone', '+86 13900000000', '+8613900000000'],
    ['phone', '8613900000000', '+8613900000000'],
    ['applicant-name', ' 王小明 ', '王小明'],
    ['applicant-name', 'Ｗａｎｇ  Ｘｉａｏ', 'Wang Xiao'],
    ['public-code', 'ab12cd34ef', 'AB12CD34EF'],
  ])('%s %j → %j', (key, value, normalized) => {
    expect(normalizeSearchValue(key, value)).toBe(normalized);
  });

  it('gives each key its own hashing purpose', () => {
    expect(new Set(SEARCH_KEYS.map(searchPurpose)).size).toBe(SEARCH_KEYS.length);
  });

  it('takes the values a case has, normalized, and skips those it has not', () => {
    expect(searchValuesOf({ name: '王小明', phone: '139 0000 0000', publicCode: 'ab12' })).toEqual([
      ['phone', '+8613900000000'],
      ['applicant-name', '王小明'],
      ['public-code', 'AB12'],
    ]);
  });
});
