/**
 * @module
 * The snapshot on disk: 8 bytes `RMKOL001`, the header's length (u32 LE) and the header as JSON
 * (`Kop`), padded to 8 bytes, then the column buffer as laid out by `plaatsing`. Read back into a
 * SharedArrayBuffer, so worker threads use it without a copy.
 */
import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import type { Populatie } from './bouwer';
import { type Kop, kolommenOp, plaatsing } from './indeling';

const MAGIE = 'RMKOL001';

/** Writes the snapshot to `pad` (replacing a file there). */
export function schrijfMomentopname(pad: string, p: Populatie): void {
  const kop = Buffer.from(JSON.stringify(p.kop), 'utf8');
  const begin = Math.ceil((12 + kop.length) / 8) * 8;
  const voor = Buffer.alloc(begin);
  voor.write(MAGIE, 0, 'latin1');
  voor.writeUInt32LE(kop.length, 8);
  kop.copy(voor, 12);
  writeFileSync(pad, Buffer.concat([voor, Buffer.from(new Uint8Array(p.buffer))]));
}

/** Reads a snapshot written by `schrijfMomentopname`; throws with the file's name when it is not one. */
export function leesMomentopname(pad: string): Populatie {
  const fd = openSync(pad, 'r');
  try {
    const voor = Buffer.alloc(12);
    if (readSync(fd, voor, 0, 12, 0) !== 12 || voor.toString('latin1', 0, 8) !== MAGIE)
      throw new Error(`${pad} is geen momentopname van een populatie (${MAGIE})`);
    const lengte = voor.readUInt32LE(8);
    const tekst = Buffer.alloc(lengte);
    readSync(fd, tekst, 0, lengte, 12);
    const kop = JSON.parse(tekst.toString('utf8')) as Kop;
    if (kop.versie !== 2) throw new Error(`${pad}: onbekende versie ${kop.versie}`);
    const begin = Math.ceil((12 + lengte) / 8) * 8;
    const { bytes } = plaatsing(kop.aantallen);
    const buffer = new SharedArrayBuffer(bytes);
    const doel = new Uint8Array(buffer);
    let gelezen = 0;
    while (gelezen < bytes) {
      const n = readSync(fd, doel, gelezen, Math.min(1 << 26, bytes - gelezen), begin + gelezen);
      if (n === 0) throw new Error(`${pad} is korter dan de kop zegt`);
      gelezen += n;
    }
    return { kop, buffer, kolommen: kolommenOp(buffer, kop.aantallen) };
  } finally {
    closeSync(fd);
  }
}
