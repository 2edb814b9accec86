/**
 * @module
 * Entry of a simulation worker thread (dist/simulatie-werker.mjs): `regelmaat simuleer` and the
 * simulation benchmark start these with worker_threads; the thread computes its range of households.
 */
import { startWerker } from '@regelmaat/simulatie';

startWerker();
