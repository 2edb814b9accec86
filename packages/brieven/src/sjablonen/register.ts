/** Every template version letters may be written with; old versions stay so old letters render. */
import { maakRegister, type SjabloonRegister } from './sjabloon';
import { TOESLAGBRIEF_1 } from './toeslagbrief-1';

export const SJABLONEN: SjabloonRegister = maakRegister([TOESLAGBRIEF_1]);

/** The template id of the decision letter. */
export const TOESLAGBRIEF = 'toeslagbrief';
