/**
 * vitest's asymmetric matchers, typed as the values they stand for.
 *
 * vitest declares `expect.any(String)`, `expect.objectContaining(...)` and the rest as returning
 * `any`, so an expected object with a matcher inside it is `any` there, which the type-aware
 * lint rules (no-unsafe-assignment) refuse. These are the same matchers typed as the value
 * they match, as vitest itself allows a matcher wherever a value is expected
 * (`DeeplyAllowMatchers`): `{ message: anyString() }` is a `{ message: string }`.
 *
 * A matcher that is the whole expected value (`expect(x).toEqual(expect.any(Array))`) needs
 * none of this; use vitest's own there.
 */
import { expect } from 'vitest';

/** Any string (`expect.any(String)`). */
export const anyString = (): string => expect.any(String) as string;

/** Any number (`expect.any(Number)`). */
export const anyNumber = (): number => expect.any(Number) as number;

/** Any array (`expect.any(Array)`). */
export const anyArray = (): unknown[] => expect.any(Array) as unknown[];

/** Anything but null or undefined (`expect.anything()`). */
export const anything = (): unknown => expect.anything();

/** A string that matches the pattern (`expect.stringMatching`). */
export const stringMatching = (pattern: string | RegExp): string => expect.stringMatching(pattern) as string;

/** A string that contains the text (`expect.stringContaining`). */
export const stringContaining = (text: string): string => expect.stringContaining(text) as string;

/** An object with at least these properties (`expect.objectContaining`). */
export const objectContaining = <T extends object>(expected: T): T =>
  // vitest's parameter is a conditional type of its own type argument; `unknown` accepts any object.
  expect.objectContaining<unknown>(expected) as T;
