/**
 * @module
 * The simulation's own reads and writes of personal data, in the processing log for every person
 * they concern (the services log their own). The actor is the simulation; no personal data in names.
 */
import type { Omgeving } from '@regelmaat/diensten';
import { type ActiviteitSleutel, activiteitId, logVerwerking, nieuweTrace } from '@regelmaat/logboek';
import type { SimHuishouden } from './gebeurtenissen';

/** Everyone in a simulated household. */
export const personenVan = (h: SimHuishouden): string[] => [
  h.sh.bsnAanvrager,
  ...(h.sh.bsnPartner ? [h.sh.bsnPartner] : []),
  ...h.sh.bsnKinderen,
  ...h.sh.bsnMedebewoners,
];

export async function logSimulatie(
  o: Omgeving,
  activiteit: ActiviteitSleutel,
  naam: string,
  huishoudens: readonly SimHuishouden[],
  start: string,
): Promise<void> {
  const betrokkenen = [...new Set(huishoudens.flatMap(personenVan))];
  if (betrokkenen.length === 0) return;
  await logVerwerking(o.db, {
    trace: nieuweTrace(),
    activiteit: activiteitId(activiteit),
    naam,
    betrokkenen,
    start,
    eind: o.klok(),
    actor: { id: 'jaarsimulatie', rol: 'systeem' },
    sleutel: o.sleutels.pseudoniem,
  });
}
