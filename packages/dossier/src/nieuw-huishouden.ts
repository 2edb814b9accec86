/**
 * @module
 * A household to be written into the dossier for the first time: its id, the applicant's BSN and
 * its facts (the loaders and the example dossiers of the tests make them).
 */
import type { Feit } from './feit';

export interface NieuwHuishouden {
  id: number;
  bsnAanvrager: string;
  feiten: readonly Feit[];
}
