/**
 * @module
 * Who belongs to a citizen's household as we know it now (C10), for the forms where a citizen
 * reports a change: the toeslagpartner (if any) and the children, each child with its number in
 * the household input (the `kind` of a `Wijziging` of soort `kinderopvang`), its birth date and
 * the childcare that applies now. There are no names in the dossier (data minimisation, AVG art. 5
 * lid 1 onder c), so a page tells the children apart by birth date. Reading these facts is part of
 * reporting a change, so it is logged as `wijziging-melden` for every person shown.
 */
import { type Feit, huishoudenUitFeiten } from '@regelmaat/dossier';
import type { Context } from './context';
import { dossierVoor } from './huishouden';
import { datumVan, type Omgeving } from './omgeving';
import { log, personen } from './verwerkingslog';

export interface MijnKind {
  /** Index in the household input's `kinderen` (what `Wijziging.kind` expects). */
  nummer: number;
  geboortedatum: string;
  /** The childcare that applies today, when known. */
  opvang?: { soort: Feit<'kinderopvang'>['waarde']['soort']; urenPerMaand: number };
}

export interface MijnHuishouden {
  jaar: number;
  toeslagpartner?: { geboortedatum: string };
  kinderen: MijnKind[];
}

const geldtOp = (f: Feit, dag: string) =>
  (!f.geldigVanaf || f.geldigVanaf <= dag) && (!f.geldigTot || f.geldigTot > dag);

/** The citizen's own household (a citizen passes no BSN; staff pass the applicant's BSN). */
export async function mijnHuishouden(
  o: Omgeving,
  ctx: Context,
  vraag: { bsn?: string } = {},
): Promise<MijnHuishouden> {
  const start = o.klok();
  const vandaag = datumVan(start);
  const jaar = Number(vandaag.slice(0, 4));
  const doel = await dossierVoor(o, ctx, vraag.bsn, {
    burger: 'eigen-huishouden:lezen',
    staf: 'dossier:lezen',
  });
  const h = huishoudenUitFeiten(doel.feiten, { jaar, variant: 'schatting', bekendOp: start });
  const bekend = doel.feiten.filter((f) => !f.vervallenOp);
  const kinderen = h.bsn.kinderen.map((bsn, nummer): MijnKind => {
    const invoer = h.invoer.kinderen?.[nummer];
    const opvang = bekend
      .filter((f) => f.soort === 'kinderopvang' && f.persoonBsn === bsn && geldtOp(f, vandaag))
      .at(-1) as Feit<'kinderopvang'> | undefined;
    return {
      nummer,
      geboortedatum: invoer?.geboortedatum ?? '',
      ...(opvang ? { opvang: { soort: opvang.waarde.soort, urenPerMaand: opvang.waarde.urenPerMaand } } : {}),
    };
  });
  const partner = h.invoer.toeslagpartner;
  await o.db.transaction((tx) =>
    log(o, ctx, tx, 'wijziging-melden', 'huishouden inzien', personen(h.bsn), start),
  );
  return {
    jaar,
    ...(partner ? { toeslagpartner: { geboortedatum: partner.geboortedatum } } : {}),
    kinderen,
  };
}
