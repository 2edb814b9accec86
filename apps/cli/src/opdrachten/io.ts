/** The streams a command writes to (injected, so tests capture them). */
import type { Readable } from 'node:stream';

export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
  stdin: Readable;
}
