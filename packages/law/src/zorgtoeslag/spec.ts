/** Parameters of the Wet op de zorgtoeslag (see parameters.yaml beside this file). */
import { euro, Invalid, percent, table } from '@regelmaat/engine';
import { percentToPpm } from '@regelmaat/kernel';

/** Woonlandfactor per country, held as ppm. */
export type Woonlandfactoren = Readonly<Record<string, number>>;

export const ZORGTOESLAG_SPEC = {
  standaardpremie: euro(),
  drempelinkomen: euro(),
  percentage_drempel_alleenstaande: percent(),
  percentage_drempel_partners: percent(),
  afbouwpercentage: percent(),
  vermogensgrens_alleenstaande: euro(),
  vermogensgrens_partners: euro(),
  percentage_partner_niet_verzekerd: percent(),
  woonlandfactor: table<Woonlandfactoren>(
    'a mapping from country code (NL, BE, …) to a factor between 0 and 1',
    (raw) => {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return new Invalid('');
      const out: Record<string, number> = {};
      for (const [land, factor] of Object.entries(raw)) {
        if (!/^[A-Z]{2}$/.test(land) || typeof factor !== 'number' || factor < 0 || factor > 1)
          return new Invalid(`.${land}`);
        out[land] = percentToPpm(factor * 100);
      }
      return out;
    },
  ),
};
