/** The streams a command writes to (injected, so tests capture them). */
import type { Readable } from 'node:stream';

export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
  stdin: Readable;
  /**
   * The clock (ISO timestamp). Default: the real time. Tests pass a fixed one; the packages never
   * read the clock themselves (a definitive run is refused for a year not yet over at this moment,
   * and nothing is loaded that is recorded after it).
   */
  klok?: () => string;
}

/** The moment now, from the command's clock. */
export function nuVan(io: Pick<Io, 'klok'>): string {
  return io.klok ? io.klok() : new Date().toISOString();
}
