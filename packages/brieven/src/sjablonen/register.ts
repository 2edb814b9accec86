/** Every template version letters may be written with; old versions stay so old letters render. */
import { maakRegister, type SjabloonRegister } from './sjabloon';
import { TOESLAGBRIEF_1 } from './toeslagbrief-1';
import { TOESLAGBRIEF_2 } from './toeslagbrief-2';

export const SJABLONEN: SjabloonRegister = maakRegister([TOESLAGBRIEF_1, TOESLAGBRIEF_2]);

/** The template id of the decision letter. */
export const TOESLAGBRIEF = 'toeslagbrief';
