/**
 * @module
 * For tests: a step's outcome as a value — what it returned, or the code and message of the
 * refusal it threw (`DienstFout` of the kernel's error model) — so a test can assert either side
 * and count refusals among concurrent steps. Production code lets the refusal travel as thrown.
 */
import { DienstFout, type FoutCode } from '@regelmaat/kernel';

export type TestUitkomst<T> =
  | { readonly ok: true; readonly waarde: T }
  | { readonly ok: false; readonly code: FoutCode; readonly melding: string };

export async function uitkomst<T>(stap: Promise<T>): Promise<TestUitkomst<T>> {
  try {
    return { ok: true, waarde: await stap };
  } catch (e) {
    if (e instanceof DienstFout) return { ok: false, code: e.code, melding: e.message };
    throw e;
  }
}

/** The step's value; a refusal fails the test with its code and message. */
export function waarde<T>(u: TestUitkomst<T>): T {
  if (!u.ok) throw new Error(`${u.code}: ${u.melding}`);
  return u.waarde;
}
