/**
 * @module
 * An objection (bezwaar) as the store keeps it (table `bezwaar`, migration 022), and the lists its
 * steps choose from, each with the article it rests on.
 */

export const BEZWAAR_KANALEN = ['portaal', 'post', 'telefoon'] as const;
export type BezwaarKanaal = (typeof BEZWAAR_KANALEN)[number];

/** Where an objection stands. */
export const BEZWAAR_FASEN = [
  'ingediend',
  'gebeld',
  'horen',
  'te-beslissen',
  'wacht-op-goedkeuring',
  'beslist',
  'ingetrokken',
] as const;
export type BezwaarFase = (typeof BEZWAAR_FASEN)[number];

/** The decision on an objection (Awb 7:11; niet-ontvankelijk: 6:6, 6:11). */
export const BESLISSINGEN = ['gegrond', 'deels-gegrond', 'ongegrond', 'niet-ontvankelijk'] as const;
export type Beslissing = (typeof BESLISSINGEN)[number];

/** Why no hearing is held (Awb 7:3 onder a–e). */
export const OVERSLAAN_GRONDEN = {
  'kennelijk-niet-ontvankelijk': {
    onderdeel: 'a',
    omschrijving: 'Het bezwaar is kennelijk niet-ontvankelijk.',
  },
  'kennelijk-ongegrond': { onderdeel: 'b', omschrijving: 'Het bezwaar is kennelijk ongegrond.' },
  afgezien: { onderdeel: 'c', omschrijving: 'De indiener heeft verklaard af te zien van horen.' },
  'geen-reactie': {
    onderdeel: 'd',
    omschrijving: 'De indiener heeft niet binnen de gestelde termijn laten weten gehoord te willen worden.',
  },
  'volledig-gegrond': {
    onderdeel: 'e',
    omschrijving: 'Het bezwaar wordt volledig gegrond verklaard en niemand anders wordt daardoor benadeeld.',
  },
} as const;
export type OverslaanGrond = keyof typeof OVERSLAAN_GRONDEN;
export const OVERSLAAN_GROND_IDS = Object.keys(OVERSLAAN_GRONDEN) as OverslaanGrond[];

export interface Bezwaar {
  id: number;
  zaakId: number;
  huishoudenId: number;
  /** The contested decisions: every decision of the same letter (Awir 37). */
  beschikkingIds: number[];
  briefdatum: string;
  kanaal: BezwaarKanaal;
  ontvangenOp: string;
  gepostOp: string | null;
  laatsteDagBezwaartermijn: string;
  tijdig: boolean;
  verschoonbaar: boolean | null;
  verschoonbaarToelichting: string | null;
  /** null: pro forma, grounds follow (Awb 6:6). */
  gronden: string | null;
  hersteltermijn: string | null;
  grondenOntvangenOp: string | null;
  contact: { telefoon?: string; voorkeur?: string };
  adviescommissie: boolean;
  beslistermijn: string;
  verdaagdOp: string | null;
  verdagingReden: string | null;
  fase: BezwaarFase;
  gebeldContactId: number | null;
  hoorzitting: 'gepland' | 'gehouden' | 'overgeslagen' | null;
  hoorzittingOp: string | null;
  hoorzittingOverslaanGrond: OverslaanGrond | null;
  hoorzittingToelichting: string | null;
  beslissing: Beslissing | null;
  motivering: string | null;
  nieuweRegeling: string | null;
  nieuwJaarbedrag: number | null;
  bedragVerschil: number | null;
  auteur: string | null;
  voorgesteldOp: string | null;
  beoordelaar: string | null;
  beoordeeldOp: string | null;
  afgewezenToelichting: string | null;
  beslistOp: string | null;
  nieuweBeschikkingId: number | null;
  ingebrekestellingOp: string | null;
  ingetrokkenOp: string | null;
  aangemaaktOp: string;
  versie: number;
}
