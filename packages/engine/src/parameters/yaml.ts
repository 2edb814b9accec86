/**
 * @module
 * YAML text → value, for the parameter files. Parsing YAML is the largest part of a cold start of
 * `regelmaat bereken` (≈ 0.3 s for the five parameter files on the 2-core build machine; JSON
 * takes well under a millisecond). So the build (scripts/build.mjs) parses the repository's
 * parameter files once and defines `REGELMAAT_YAML_ALS_JSON`: each file's exact text → that text
 * parsed, as JSON. A text found there is read from its JSON, which gives the same value (the build
 * includes only files whose value survives JSON unchanged, and a test checks it); any other text —
 * an edited file, a reform's texts, the sources under vitest — is parsed here.
 */
import { parse } from 'yaml';

declare const REGELMAAT_YAML_ALS_JSON: Readonly<Record<string, string>> | undefined;

const VOORAF =
  typeof REGELMAAT_YAML_ALS_JSON === 'undefined'
    ? undefined
    : new Map(Object.entries(REGELMAAT_YAML_ALS_JSON));

/** The value of a YAML text (YAML 1.2, core schema); throws on invalid YAML. */
export function leesYaml(tekst: string): unknown {
  const json = VOORAF?.get(tekst);
  return json === undefined ? parse(tekst) : JSON.parse(json);
}
