/**
 * `regelmaat bereken <bestand.json | -> [--json] [--zonder-uitleg]` — one household, explained.
 */
import { berekenHuishouden, normaliseer, parseHuishouden } from '@regelmaat/law';
import { OPDRACHT_HULP } from '../hulp';
import { InvoerFout, leesInvoer } from '../lees-invoer';
import { toonBerekening } from '../toon-berekening';
import type { Io } from './io';

export async function bereken(args: string[], io: Io): Promise<number> {
  const json = args.includes('--json');
  const zonderUitleg = args.includes('--zonder-uitleg');
  const onbekend = args.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--zonder-uitleg');
  const bestanden = args.filter((a) => !a.startsWith('--'));
  if (onbekend.length > 0) {
    io.stderr(`Onbekende optie: ${onbekend.join(', ')}\n\n${OPDRACHT_HULP.bereken}`);
    return 2;
  }
  if (bestanden.length !== 1) {
    io.stderr(`Geef precies één invoerbestand (of - voor standaardinvoer).\n\n${OPDRACHT_HULP.bereken}`);
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
