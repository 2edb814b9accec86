/** Reads the household JSON from a file or standard input, with clear Dutch errors. */
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';

export class InvoerFout extends Error {
  override readonly name = 'InvoerFout';
}

async function leesStroom(stream: Readable): Promise<string> {
  const delen: Buffer[] = [];
  for await (const deel of stream) delen.push(typeof deel === 'string' ? Buffer.from(deel) : deel);
  return Buffer.concat(delen).toString('utf8');
}

/** Returns the parsed JSON value; throws InvoerFout with a message fit for people. */
export async function leesInvoer(bron: string, stdin: Readable): Promise<unknown> {
  let tekst: string;
  if (bron === '-') {
    tekst = await leesStroom(stdin);
  } else {
    try {
      tekst = await readFile(bron, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new InvoerFout(`Bestand niet gevonden: ${bron}`);
      if (code === 'EISDIR') throw new InvoerFout(`${bron} is een map, geen bestand`);
      throw new InvoerFout(`Kan ${bron} niet lezen (${code ?? 'onbekende fout'})`);
    }
  }
  if (tekst.trim() === '')
    throw new InvoerFout(
      `${bron === '-' ? 'Standaardinvoer' : bron} is leeg: verwacht een huishouden in JSON`,
    );
  try {
    return JSON.parse(tekst);
  } catch (e) {
    throw new InvoerFout(
      `${bron === '-' ? 'Standaardinvoer' : bron} is geen geldige JSON: ${(e as Error).message}`,
    );
  }
}
