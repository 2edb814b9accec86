/**
 * `regelmaat invordering run --maand JJJJ-MM [--partitie N] [--json]`
 *
 * The monthly invordering run (issue 15) for a month that has ended: invorderingsrente and offsetting
 * against the toeslag paid that month booked as ledger entries, reminders written as letters (data).
 * Starting it again for the same month resumes it; nothing is booked or sent twice.
 */
import { randomBytes } from 'node:crypto';
import {
  DienstFout,
  type InvorderingRapport,
  invorderingRun,
  type Omgeving,
  STANDAARD_INSTELLINGEN,
} from '@regelmaat/diensten';
import { wetgeving } from '@regelmaat/law';
import { GebruiksFout, geheelGetal, ontleed } from '../argumenten';
import { pseudoniemSleutelUitOmgeving } from '../server/sleutels';
import { metDatabase } from './database';
import { type Io, nuVan } from './io';

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
  const pseudoniem = pseudoniemSleutelUitOmgeving();
  return metDatabase(io, async (db) => {
    const o: Omgeving = {
      db,
      wetgeving: wetgeving(),
      klok: () => nuVan(io),
      // This command signs no sessions: a key of its own that nothing else will ever check.
      sleutels: { sessie: randomBytes(32).toString('base64url'), pseudoniem },
      instellingen: STANDAARD_INSTELLINGEN,
    };
    try {
      const r = await invorderingRun(o, { maand, partitiegrootte });
      io.stdout(a.vlaggen.has('json') ? `${JSON.stringify(r)}\n` : toonInvordering(r));
      return 0;
    } catch (e) {
      if (e instanceof DienstFout && e.status === 400) throw new GebruiksFout(e.message);
      throw e;
    }
  });
}
