/**
 * A notification template: one Chinese wording with `{name}` placeholders, one file each under
 * ./notification-templates/. The same wording is what a hall registers with its SMS provider
 * (which only sends pre-approved templates): `providerWording` numbers the placeholders in
 * order ({1}, {2}, …) and `render` gives the values in that order. Pure: no I/O.
 */

/** The `{name}` placeholders of a wording, as a union of names. */
export type Placeholders<T extends string> = T extends `${string}{${infer P}}${infer R}` ? P | Placeholders<R> : never;

export interface Template<Id extends string = string, Text extends string = string> {
  id: Id;
  text: Text;
  /** The subject line when it goes by e-mail. */
  subject: string;
}

/** What a rule hands the sender: the text for a person, and the values for a provider template. */
export interface Rendered {
  template: string;
  subject: string;
  text: string;
  /** The placeholder values in the order they appear (the SMS provider's template parameters). */
  params: string[];
}

const PLACEHOLDER = /\{(\w+)\}/g;

export function defineTemplate<const Id extends string, const Text extends string>(
  id: Id,
  subject: string,
  text: Text,
): Template<Id, Text> {
  return { id, subject, text };
}

/** The placeholder names of a template, in order of appearance. */
export function placeholdersOf(t: Template): string[] {
  return [...t.text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/** The wording as registered with an SMS provider: `{hallName}` → `{1}`, and so on. */
export function providerWording(t: Template): string {
  let n = 0;
  return t.text.replace(PLACEHOLDER, () => `{${++n}}`);
}

export function render<T extends Template>(t: T, values: Record<Placeholders<T['text']>, string | number>): Rendered {
  const all = values as Record<string, string | number>;
  const value = (name: string) => String(all[name] ?? '');
  return {
    template: t.id,
    subject: t.subject.replace(PLACEHOLDER, (_, name: string) => value(name)),
    text: t.text.replace(PLACEHOLDER, (_, name: string) => value(name)),
    params: placeholdersOf(t).map(value),
  };
}
