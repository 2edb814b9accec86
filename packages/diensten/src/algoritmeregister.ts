/**
 * @module
 * The algorithm register as a public service: the entries generated from the law in use and the
 * exception rules the runs apply, as on today's date. It holds no personal data, so it needs no
 * login and writes nothing to the processing log.
 */
import { eurocent, NietGevonden } from '@regelmaat/kernel';
import { algoritmeregister as genereer, type RegisterEntry } from '@regelmaat/register';
import { STANDAARD_REGELS } from '@regelmaat/uitval';
import { zaaktype, zaaktypeVoorUitval } from '@regelmaat/zaken';

export type { RegisterEntry } from '@regelmaat/register';

import { datumVan, type Omgeving } from './omgeving';

/** Every entry of the register, with law links and parameters as in force today. */
export function algoritmeregister(o: Omgeving): RegisterEntry[] {
  return genereer({
    wetgeving: o.wetgeving,
    regels: STANDAARD_REGELS,
    peildatum: datumVan(o.klok()),
    zaaktypeVoor(code) {
      const soort = zaaktypeVoorUitval([code]);
      const type = zaaktype(soort);
      if (!type) throw new Error(`Exception ${code} opens case type ${soort}, which is not declared.`);
      return { naam: type.naam, team: type.team };
    },
    goedkeuringsdrempel: eurocent(o.instellingen.goedkeuringsdrempel),
  });
}

/** One entry by its id; not found when there is none. */
export function algoritmeregisterEntry(o: Omgeving, id: string): RegisterEntry {
  const entry = algoritmeregister(o).find((e) => e.id === id);
  if (!entry) throw new NietGevonden(`Het algoritmeregister heeft geen algoritme met de naam ${id}.`);
  return entry;
}
