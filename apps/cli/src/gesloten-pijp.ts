/**
 * @module
 * A reader that stops early (`regelmaat bereken … | head -1`) closes the pipe; the next write then
 * fails with EPIPE. That is not an error of the command: it ends quietly with exit code 0, as Unix
 * tools do, instead of printing a stack trace.
 */
import type { Writable } from 'node:stream';

/** Ends the process quietly (exit 0) when `stroom`'s reader has closed it; other errors stay errors. */
export function stilBijGeslotenPijp(stroom: Writable, stop: () => void = () => process.exit(0)): void {
  stroom.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    stop();
  });
}
