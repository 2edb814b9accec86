/**
 * @module
 * Whether a household's kinderopvangtoeslag depends on an uncertain value of a reconstructed table
 * (the 2025 bijlage I, `percentagetabel_onzeker`): the year amount computed as published in the
 * parameters and under the other reading. A run opens a case for a person when the two differ
 * (uitval rule KOT_TABEL_ONZEKER), instead of paying one of them silently.
 */
import { type Eurocent, eurocent } from '@regelmaat/kernel';
import { evalueerSnel, MAAND_DATA, ParameterCache, Werkgeheugen } from '../evaluatie';
import type { Regeling } from '../regeling';
import type { Situatie } from '../situatie/situatie';
import type { Wetgeving } from '../wetgeving';
import {
  KINDEROPVANGTOESLAG,
  type KinderopvangtoeslagFeiten,
  type KinderopvangtoeslagParameters,
} from './kinderopvangtoeslag';

/** Year amounts in eurocents: as computed, and under the other reading of the uncertain values. */
export interface KotTabelOnzekerheid {
  readonly jaarbedrag: Eurocent;
  readonly andereLezing: Eurocent;
}

const ANDERE_LEZING: Regeling<KinderopvangtoeslagFeiten, KinderopvangtoeslagParameters> = {
  ...KINDEROPVANGTOESLAG,
  parameters: (w, datum) => ({ ...KINDEROPVANGTOESLAG.parameters(w, datum), andereLezing: true }),
};

/** Reusable across households (the batch path): keeps its parameters and working memory. */
export class KotTabelOnzekerheidRekenaar {
  // Separate caches: both regelingen have the same id.
  private readonly gewoon: ParameterCache;
  private readonly anders: ParameterCache;
  private readonly g = new Werkgeheugen(KINDEROPVANGTOESLAG);
  private readonly ga = new Werkgeheugen(ANDERE_LEZING);
  private readonly onzekerJaar = new Map<number, boolean>();

  constructor(private readonly w: Wetgeving) {
    this.gewoon = new ParameterCache(w);
    this.anders = new ParameterCache(w);
  }

  private heeftOnzekerheid(jaar: number): boolean {
    let ja = this.onzekerJaar.get(jaar);
    if (ja === undefined) {
      ja = MAAND_DATA.some(
        (d) => (this.w.kinderopvangtoeslag.at(jaar + d).percentagetabel_onzeker?.length ?? 0) > 0,
      );
      this.onzekerJaar.set(jaar, ja);
    }
    return ja;
  }

  /** Both year amounts when they differ; null when the outcome does not depend on an uncertain value. */
  bereken(s: Situatie): KotTabelOnzekerheid | null {
    if (!KINDEROPVANGTOESLAG.vanToepassing(s) || !this.heeftOnzekerheid(s.jaar)) return null;
    const minimum = this.w.algemeen.at(s.jaar + MAAND_DATA[0]!).minimum_tegemoetkoming;
    const jaarbedrag = evalueerSnel(this.g, s, this.gewoon, minimum);
    const andereLezing = evalueerSnel(this.ga, s, this.anders, minimum);
    if (jaarbedrag < 0 || andereLezing < 0 || jaarbedrag === andereLezing) return null;
    return { jaarbedrag: eurocent(jaarbedrag), andereLezing: eurocent(andereLezing) };
  }
}
