/**
 * @module
 * The `regelmaat` command line. Exit codes: 0 done; 2 bad usage or invalid input (the message names
 * the field); 3 computed, but a toeslag could not be computed because the law's values for that
 * year are missing; 1 an unexpected error (never a stack trace unless REGELMAAT_DEBUG=1).
 */
import type { Readable } from 'node:stream';
import { berekenHuishouden, HuishoudenSchema, normaliseer, parseHuishouden } from '@regelmaat/law';
import { z } from 'zod';
import { InvoerFout, leesInvoer } from './lees-invoer';
import { toonBerekening } from './toon-berekening';

export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
  stdin: Readable;
}

export const HULP = `regelmaat — reken toeslagen uit zoals de wet het doet

Gebruik:
  regelmaat bereken <bestand.json | ->   reken een huishouden door (- leest van standaardinvoer)
      --json                             uitvoer als JSON (bedragen in eurocent)
      --zonder-uitleg                    alleen de bedragen, zonder uitleg
  regelmaat schema                       het JSON Schema van de invoer
  regelmaat help                         deze tekst

Voorbeelden staan in packages/law/examples/. Het invoerformaat staat in
packages/law/schema/huishouden.schema.json en docs/invoer.md.

Exitcodes: 0 klaar, 2 ongeldige invoer, 3 een toeslag kon niet worden berekend, 1 onverwachte fout.
`;

async function bereken(args: string[], io: Io): Promise<number> {
  const json = args.includes('--json');
  const zonderUitleg = args.includes('--zonder-uitleg');
  const onbekend = args.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--zonder-uitleg');
  const bestanden = args.filter((a) => !a.startsWith('--'));
  if (onbekend.length > 0) {
    io.stderr(`Onbekende optie: ${onbekend.join(', ')}\n\n${HULP}`);
    return 2;
  }
  if (bestanden.length !== 1) {
    io.stderr(`Geef precies één invoerbestand (of - voor standaardinvoer).\n\n${HULP}`);
    return 2;
  }
  let invoer: unknown;
  try {
    invoer = await leesInvoer(bestanden[0]!, io.stdin);
  } catch (e) {
    if (e instanceof InvoerFout) {
      io.stderr(`Fout: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const parsed = parseHuishouden(invoer);
  if (!parsed.ok) {
    const regels = parsed.problems.map((p) => `  ${p.path || '(het hele document)'}: ${p.message}`);
    io.stderr(
      `De invoer klopt niet (${parsed.problems.length} ${parsed.problems.length === 1 ? 'fout' : 'fouten'}):\n${regels.join('\n')}\n`,
    );
    return 2;
  }
  const berekening = berekenHuishouden(normaliseer(parsed.huishouden));
  io.stdout(
    json
      ? `${JSON.stringify({ eenheid: 'eurocent', ...berekening }, null, 2)}\n`
      : toonBerekening(berekening, !zonderUitleg),
  );
  return berekening.toeslagen.some((t) => t.status === 'niet-berekenbaar') ? 3 : 0;
}

export function jsonSchema(): string {
  const schema = z.toJSONSchema(HuishoudenSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, $id: 'https://regelmaat.example/schema/huishouden.schema.json' }, null, 2)}\n`;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [opdracht, ...rest] = argv;
  try {
    switch (opdracht) {
      case 'bereken':
        return await bereken(rest, io);
      case 'schema':
        io.stdout(jsonSchema());
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(HULP);
        return 0;
      default:
        io.stderr(`Onbekende opdracht: ${opdracht}\n\n${HULP}`);
        return 2;
    }
  } catch (e) {
    io.stderr(`Onverwachte fout: ${(e as Error).message}\n`);
    if (process.env.REGELMAAT_DEBUG === '1') io.stderr(`${(e as Error).stack}\n`);
    return 1;
  }
}
