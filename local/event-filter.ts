/**
 * Lambda event filtering (EventBridge pattern syntax), so the local change stream drops
 * exactly the records AWS would drop for the same `FilterCriteria`.
 *
 * Supported: arrays of exact values (string, number, boolean, null), `prefix`, `suffix`,
 * `numeric`, `exists` and `anything-but`, in nested objects. A pattern matches when every
 * one of its keys matches; a record passes when any pattern matches.
 *
 * Patterns are compiled up front, so an invalid or unsupported pattern is rejected when a
 * subscription is made (as AWS rejects it when the mapping is created), never mid-stream.
 */

type Json = unknown;
type Predicate = (value: Json) => boolean;

const isObject = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);

function invalid(what: Json): never {
  throw new Error(`Invalid or unsupported filter pattern: ${JSON.stringify(what)}`);
}

export function compileFilterPatterns(patterns: readonly object[]): (record: object) => boolean {
  const compiled = patterns.map((pattern) => compileObject(pattern as Record<string, Json>));
  return (record) => compiled.some((matches) => matches(record));
}

export function matchesFilterPatterns(record: object, patterns: readonly object[]): boolean {
  return compileFilterPatterns(patterns)(record);
}

function compileObject(pattern: Record<string, Json>): Predicate {
  const checks = Object.entries(pattern).map(([key, sub]): Predicate => {
    const check = Array.isArray(sub) ? anyOf(sub.map(compileMatcher)) : isObject(sub) ? compileObject(sub) : invalid(pattern);
    // A missing parent behaves like a missing leaf, so `{ exists: false }` still matches.
    return (value) => check(isObject(value) ? value[key] : undefined);
  });
  return (value) => checks.every((check) => check(value));
}

const anyOf =
  (predicates: Predicate[]): Predicate =>
  (value) =>
    predicates.some((matches) => matches(value));

/** One matcher against a field (`undefined` when absent); an array field matches when any element does. */
function compileMatcher(matcher: Json): Predicate {
  if (isObject(matcher) && 'exists' in matcher) {
    const { exists } = matcher;
    if (typeof exists !== 'boolean' || Object.keys(matcher).length !== 1) invalid(matcher);
    return (field) => (field !== undefined) === exists;
  }
  const matches = compileValue(matcher);
  return (field) => field !== undefined && (Array.isArray(field) ? field.some(matches) : matches(field));
}

function compileValue(matcher: Json): Predicate {
  if (Array.isArray(matcher)) return invalid(matcher);
  if (!isObject(matcher)) return (value) => value === matcher;
  const [entry, ...rest] = Object.entries(matcher);
  if (!entry || rest.length > 0) return invalid(matcher);
  const [operator, operand] = entry;
  switch (operator) {
    case 'prefix':
      if (typeof operand !== 'string') return invalid(matcher);
      return (value) => typeof value === 'string' && value.startsWith(operand);
    case 'suffix':
      if (typeof operand !== 'string') return invalid(matcher);
      return (value) => typeof value === 'string' && value.endsWith(operand);
    case 'numeric': {
      // Only JSON numbers compare, as in EventBridge.
      const inRange = compileNumeric(operand);
      return (value) => typeof value === 'number' && inRange(value);
    }
    case 'anything-but': {
      const excluded = anyOf((Array.isArray(operand) ? operand : [operand]).map(compileValue));
      return (value) => !excluded(value);
    }
    default:
      return invalid(matcher);
  }
}

const comparisons: Record<string, (a: number, b: number) => boolean> = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '=': (a, b) => a === b,
  '>=': (a, b) => a >= b,
  '>': (a, b) => a > b,
};

/** `[op, n, op, n, ...]`: every comparison must hold. */
function compileNumeric(conditions: Json): (value: number) => boolean {
  if (!Array.isArray(conditions) || conditions.length === 0 || conditions.length % 2 !== 0) invalid(conditions);
  const checks: Array<(value: number) => boolean> = [];
  for (let i = 0; i < conditions.length; i += 2) {
    const compare = comparisons[String(conditions[i])];
    const bound: Json = conditions[i + 1];
    if (!compare || typeof bound !== 'number') return invalid(conditions);
    checks.push((value: number) => compare(value, bound));
  }
  return (value) => checks.every((check) => check(value));
}
