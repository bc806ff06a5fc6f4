import type { Severity } from "./diagnostic.js";

/** A message template whose parameter names are part of its type. */
export interface Message<K extends string> {
  readonly keys: readonly K[];
  format(params: MessageParams<K>): string;
  /** The template with `{name}` placeholders, for documentation. */
  readonly template: string;
}

export type MessageParams<K extends string> = [K] extends [never] ? Record<string, never> : Record<K, string | number>;

/** Tagged template: msg`expected ${"expected"} but found ${"found"}`. */
export function msg<const T extends readonly string[]>(strings: TemplateStringsArray, ...keys: T): Message<T[number]> {
  let template = strings[0];
  for (let i = 0; i < keys.length; i++) template += `{${keys[i]}}${strings[i + 1]}`;
  return {
    keys,
    template,
    format(params) {
      let out = strings[0];
      for (let i = 0; i < keys.length; i++) {
        out += String((params as Record<string, unknown>)[keys[i]]) + strings[i + 1];
      }
      return out;
    },
  };
}

export interface DiagnosticDef<K extends string = string> {
  /** `MOF` followed by four digits: 1xxx syntax, 2xxx semantics, 3xxx WMI driver rules, 4xxx BMF, 5xxx CLI. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: Message<K>;
  /** One or two sentences for docs/diagnostics.md. */
  readonly description: string;
  /** A MOF snippet (or command line) that produces the diagnostic. */
  readonly example: string;
  /** The clause of DSP0004, the Microsoft page or the peer behaviour the rule comes from. */
  readonly source?: string;
}
