import { type InvorderingRapport, invorderingRun } from '@regelmaat/diensten';
import { GebruiksFout, geheelGetal, ontleed } from '../argumenten';
import { metDienstOmgeving } from './dienst-omgeving';
import type { Io } from './io';

const euro = (c: number) => `€ ${(c / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2 })}`;

export function toonInvordering(r: InvorderingRapport): string {
  return `${[
    `Invordering ${r.maand} (run ${r.runId}, ${r.klaar ? 'klaar' : 'nog niet klaar'}): ${r.vorderingen.toLocaleString('nl-NL')} terugvorderingen bekeken`,
    `  ${'rente geboekt'.padEnd(28)} ${String(r.rente.aantal).padStart(7)}  ${euro(r.rente.bedrag)}`,
    `  ${'verrekend met een toeslag'.padEnd(28)} ${String(r.verrekening.aantal).padStart(7)}  ${euro(r.verrekening.bedrag)}`,
    `  ${'herinneringen'.padEnd(28)} ${String(r.herinneringen).padStart(7)}`,
    `  ${'aanmaningen'.padEnd(28)} ${String(r.aanmaningen).padStart(7)}`,
  ].join('\n')}\n`;
}

export async function invordering(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'run') throw new GebruiksFout('Gebruik: regelmaat invordering run --maand JJJJ-MM');
  const a = ontleed(rest, { waarden: ['maand', 'partitie'], vlaggen: ['json'] });
  const maand = a.waarden.get('maand');
  if (!maand) throw new GebruiksFout('Geef de maand: --maand JJJJ-MM (een maand die voorbij is).');
  const partitiegrootte = geheelGetal(a, 'partitie', 500, 1, 100_000);
  return metDienstOmgeving(io, async (o) => {
    const r = await invorderingRun(o, { maand, partitiegrootte });
    io.stdout(a.vlaggen.has('json') ? `${JSON.stringify(r)}\n` : toonInvordering(r));
    return 0;
  });
}
