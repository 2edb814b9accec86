/**
 * `regelmaat logboek opschonen` — applies the retention periods of the processing register
 * (`bewaartermijn` per activity) to the processing log: records past their period are removed by
 * the schema owner's function (migration 031), each application is recorded in
 * `logboek_opschoning`, and a rerun on the same day removes and records nothing more. On PostgreSQL
 * it connects as the owner (REGELMAAT_EIGENAAR_URL) when set; the application role cannot do this.
 */
import { configUitOmgeving, openDb } from '@regelmaat/db';
import { pasBewaartermijnenToe } from '@regelmaat/logboek';
import { GebruiksFout, ontleed } from '../argumenten';
import { beschrijf } from './database';
import { type Io, nuVan } from './io';

export async function logboek(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'opschonen') throw new GebruiksFout('Gebruik: regelmaat logboek opschonen');
  ontleed(rest, {});
  const c = configUitOmgeving();
  // The owner's connection when there is one: only the owner may apply retention.
  const config = c.eigenaarUrl ? { ...c, databaseUrl: c.eigenaarUrl, eigenaarUrl: undefined } : c;
  io.stderr(`Database: ${beschrijf()}${c.eigenaarUrl ? ' (als eigenaar)' : ''}\n`);
  const db = await openDb(config);
  try {
    const nu = nuVan(io);
    const uit = await pasBewaartermijnenToe(db, nu);
    const totaal = uit.reduce((s, x) => s + x.verwijderd, 0);
    io.stdout(
      `${[
        `Bewaartermijnen toegepast op ${nu}: ${totaal.toLocaleString('nl-NL')} verwerkingen verwijderd.`,
        ...uit.map(
          (x) =>
            `  ${x.activiteit.split('/').pop()} (${x.bewaartermijn}): vóór ${x.grens.slice(0, 10)} — ${x.verwijderd.toLocaleString('nl-NL')} verwijderd`,
        ),
      ].join('\n')}\n`,
    );
    return 0;
  } finally {
    await db.close();
  }
}
