/**
 * @module
 * Owner-only files for the embedded database (issue 10, item 10). PGlite writes its data folder
 * with Node's `fs` at any moment (new relation files, WAL segments), with the default mode 0666
 * less the process's umask; so the process's umask gets the group and other bits (077) before the
 * database opens, and what exists is narrowed to 0700 for folders and 0600 for files — before the
 * database opens (a folder of an older version) and right after (PGlite's first start unpacks a
 * fresh cluster and sets the unpacked files' modes itself, 0666).
 */
import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folders: owner only. */
export const MAP_MODUS = 0o700;
/** Files: owner read and write only. */
export const BESTAND_MODUS = 0o600;

/**
 * Takes group and other bits out of the process's umask, so every file and folder the process
 * makes from now on is owner-only. (A worker thread cannot change the umask; there it stays as is
 * and `beveiligMap` still narrows what exists.)
 */
export function eigenaarUmask(): void {
  try {
    process.umask(process.umask() | 0o077);
  } catch {
    // worker thread: umask is the main thread's
  }
}

/** Narrows a folder tree to owner-only modes (symbolic links are left alone). */
function vernauw(pad: string): void {
  const st = lstatSync(pad);
  if (st.isSymbolicLink()) return;
  if (st.isDirectory()) {
    if ((st.mode & 0o777) !== MAP_MODUS) chmodSync(pad, MAP_MODUS);
    for (const naam of readdirSync(pad)) vernauw(join(pad, naam));
  } else if ((st.mode & 0o077) !== 0) {
    chmodSync(pad, st.mode & 0o700 & BESTAND_MODUS);
  }
}

/** Makes `dir` (and its parents) when missing, owner-only, and narrows what is in it. */
export function beveiligMap(dir: string): void {
  eigenaarUmask();
  mkdirSync(dir, { recursive: true, mode: MAP_MODUS });
  vernauw(dir);
}
