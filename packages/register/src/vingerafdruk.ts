/**
 * @module
 * The fingerprint of what a register text describes: for a regeling its steps (ids, articles,
 * conditions, inputs) and the names of its parameters; for a selection rule its code, title,
 * fields, thresholds, legal hook, priority and rationale. Parameter values are not in it: they are
 * generated into the register, so a yearly indexation needs no new text. When a fingerprint
 * changes, a person reads the register text again and records the new fingerprint with it.
 */
import { createHash } from 'node:crypto';
import { citeLaw } from '@regelmaat/kernel';
import type { Regeling } from '@regelmaat/law';
import type { Regel } from '@regelmaat/uitval';

const hash = (x: unknown): string =>
  createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 12);

export function vingerafdrukRegeling(r: Regeling<unknown, unknown>): string {
  return hash({
    id: r.id,
    stappen: r.stappen.map((s) => [s.id, citeLaw(s.ref), s.condition ?? false, s.inputs]),
    parameters: Object.keys(r.spec).sort(),
  });
}

export function vingerafdrukRegel(r: Regel): string {
  return hash([
    r.code,
    r.titel,
    r.velden,
    r.drempels ?? [],
    r.wettelijkeGrondslag,
    r.prioriteit,
    r.rationale,
  ]);
}

/** One fingerprint for a list of rules: the version of the exception detection. */
export function vingerafdrukRegels(regels: readonly Regel[]): string {
  return hash(regels.map(vingerafdrukRegel));
}
