/**
 * A parameter correction for tests: the law with one exact piece of one parameter text replaced
 * (for example zorgtoeslag's standaardpremie for 2026). Fails when the piece is not found exactly
 * once, so a test never runs on an unchanged law by accident.
 */
import { laadWetgeving, type RegelingSleutel, type Wetgeving } from '../wetgeving';

export function wetgevingMetCorrectie(
  w: Wetgeving,
  regeling: RegelingSleutel,
  van: string,
  naar: string,
): Wetgeving {
  const tekst = w.teksten[regeling];
  const i = tekst.indexOf(van);
  if (i < 0 || tekst.indexOf(van, i + 1) >= 0)
    throw new Error(`'${van}' staat niet precies één keer in de parameters van ${regeling}`);
  return laadWetgeving({ ...w.teksten, [regeling]: tekst.slice(0, i) + naar + tekst.slice(i + van.length) });
}

/** The standaardpremie 2026 of zorgtoeslag raised from € 2.119 to € 2.219 (a correction). */
export const STANDAARDPREMIE_2026 = { van: '2026-01-01: { value: 2119,', naar: '2026-01-01: { value: 2219,' };
