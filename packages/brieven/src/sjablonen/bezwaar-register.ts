/** Every version objection letters may be written with; old letters keep theirs and still render. */
import { BEZWAARBRIEF_1, type BezwaarSjabloon } from './bezwaarbrief-1';
import { BEZWAARBRIEF_2 } from './bezwaarbrief-2';

export const BEZWAAR_SJABLONEN: readonly BezwaarSjabloon[] = [BEZWAARBRIEF_1, BEZWAARBRIEF_2];
export const BEZWAARBRIEF = 'bezwaarbrief';
/** The version new objection letters are written with. */
export const BEZWAARBRIEF_VERSIE = BEZWAARBRIEF_2.versie;
