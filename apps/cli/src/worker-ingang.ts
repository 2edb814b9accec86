/**
 * @module
 * Entry of a worker process (bin/worker.mjs): only `regelmaat worker`, so the process loads little
 * and can run from a prebuilt bundle. Arguments as `regelmaat worker`: --run ID [--lease S] [--naam N].
 */
import { metAfhandeling } from './afhandeling';
import type { Io } from './opdrachten/io';
import { worker } from './opdrachten/run';

const standaardIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: process.stdin,
};

export function workerIngang(args: string[], io: Io = standaardIo): Promise<number> {
  return metAfhandeling(io, () => worker(args, io));
}
