/**
 * @module
 * Filling an objection's letters from the objection and the contested decisions: who it goes to,
 * what it is about, the dates computed by the term module. Pure.
 */
import type { BeschikkingVersie } from '@regelmaat/beschikking';
import { REGELINGEN } from '@regelmaat/law';
import { type Bezwaar, nietOntvankelijkGrond } from '@regelmaat/zaken';
import { AFZENDER } from '../brieven/afzender';
import { beschikkingsnummer, briefdatumVan } from '../brieven/brief-vullen';
import {
  BEZWAARBRIEF,
  BEZWAARBRIEF_VERSIE,
  type BeslissingOpBezwaar,
  type BezwaarBrief,
  type BezwaarBriefGegevens,
  type BezwaarBriefSoort,
  type NietOntvankelijk,
  OVERSLAAN_B1,
} from './bezwaarbrief-teksten';

export const BEROEP_URL = 'https://www.rechtspraak.nl';

/** The objection's reference on its letters: year of receipt and id. */
export const kenmerkVan = (b: Pick<Bezwaar, 'id' | 'ontvangenOp'>) =>
  `BZ-${b.ontvangenOp.slice(0, 4)}-${String(b.id).padStart(6, '0')}`;

export const naamVan = (regeling: string) => REGELINGEN.find((r) => r.id === regeling)?.naam ?? regeling;

export function vulBezwaarBrief(x: {
  soort: BezwaarBriefSoort;
  bezwaar: Bezwaar;
  bestreden: readonly BeschikkingVersie[];
  bsn: string;
  woonplaats: string;
  briefdatum: string;
  verdaging?: { reden: string; oudeTermijn: string };
  beslissing?: BeslissingOpBezwaar;
}): BezwaarBrief {
  const b = x.bezwaar;
  const gegevens: BezwaarBriefGegevens = {
    soort: x.soort,
    kenmerk: kenmerkVan(b),
    geadresseerde: { naam: 'heer of mevrouw', bsn: x.bsn, adres: { regels: [x.woonplaats] } },
    afzender: AFZENDER,
    bestreden: x.bestreden.map((v) => ({
      beschikkingsnummer: beschikkingsnummer(v),
      naam: naamVan(v.regeling),
      jaar: v.jaar,
      briefdatum: briefdatumVan(v),
    })),
    ontvangenOp: b.ontvangenOp,
    kanaal: b.kanaal,
    tijdig: b.tijdig,
    ...(b.gronden === null && b.hersteltermijn ? { hersteltermijn: b.hersteltermijn } : {}),
    beslistermijn: b.beslistermijn,
    ...(x.verdaging ? { verdaging: x.verdaging } : {}),
    ...(x.beslissing ? { beslissing: x.beslissing, beroepUrl: BEROEP_URL } : {}),
  };
  return {
    sjabloon: { id: BEZWAARBRIEF, versie: BEZWAARBRIEF_VERSIE },
    bezwaar: { id: String(b.id) },
    briefdatum: x.briefdatum,
    gegevens,
  };
}

/** A niet-ontvankelijk decision's legal ground with the dates it rests on, for its letter. */
export function nietOntvankelijkVan(b: Bezwaar, vandaag: string): NietOntvankelijk | undefined {
  const grond = nietOntvankelijkGrond(b, vandaag);
  if (grond === 'te-laat')
    return {
      grond,
      laatsteDagBezwaartermijn: b.laatsteDagBezwaartermijn,
      ontvangenOp: b.ontvangenOp,
      ...(b.gepostOp ? { gepostOp: b.gepostOp } : {}),
    };
  if (grond === 'gronden-ontbreken')
    return {
      grond,
      hersteltermijn: b.hersteltermijn!,
      ...(b.grondenOntvangenOp ? { grondenOntvangenOp: b.grondenOntvangenOp } : {}),
    };
  return undefined;
}

export { OVERSLAAN_B1 };
