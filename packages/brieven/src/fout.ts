/** A letter that cannot be made, with a code and a plain message naming what is wrong. */
export type BriefFoutCode = 'ONBEKEND_SJABLOON' | 'ONGELDIGE_BRIEF' | 'PDF_MISLUKT';

export class BriefFout extends Error {
  constructor(
    readonly code: BriefFoutCode,
    message: string,
  ) {
    super(message);
    this.name = 'BriefFout';
  }
}
