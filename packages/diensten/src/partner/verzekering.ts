/**
 * @module
 * Health insurers' reports of the start and end of insurance (issue 16). An insurer may report only
 * on a person it insures (`verzekerde`, server-owned); ids, repeats and older reports as in
 * `wijziging-melding.ts`; what a report means in `verzekering-afstemming.ts`.
 *
 * What follows: a report that changes nothing (a start for someone the dossier holds as insured, an
 * end for someone it holds as uninsured) changes nothing; a start or end for someone who did not
 * apply is recorded and changes nothing (`geen-aanvraag`). A start or end for an applicant or
 * toeslagpartner changes zorgtoeslag from a month within the year — and the dossier holds one
 * insurance status per person for the whole year (`zorgverzekering` facts have no period in the
 * engine yet), so it is not applied automatically: it opens a `partner-afwijking` case (team
 * uitval) with the reported date and the first month it counts (Awir art. 5 lid 1), and the
 * household gets a message. Nothing is overwritten.
 */
import { stuurBericht } from '@regelmaat/brief-opslag';
import type { Sql } from '@regelmaat/db';
import { leesDossierFeiten, zoekHuishouden } from '@regelmaat/dossier-opslag';
import { Geweigerd } from '@regelmaat/kernel';
import { isVerzekerdeVan, verzekerdeVoorUpdate, werkKoppelingBij } from '@regelmaat/partner-opslag';
import { partnerNaam } from '@regelmaat/toegang';
import { maakZaak, openZaakVan } from '@regelmaat/zaken';
import type { Context } from '../context';
import type { Omgeving } from '../omgeving';
import { log, logHuishoudens } from '../verwerkingslog';
import type { VerzekeringMeldingVerzoek } from '../verzoeken/partner-wijziging';
import { berichtSleutel } from './huur-gevolgen';
import type { Melder } from './opvang-gevolgen';
import { stemVerzekeringAf, type VerzekeringAfstemming } from './verzekering-afstemming';
import {
  bereidVoor,
  inBekendJaar,
  inTransactie,
  partnerVan,
  type WijzigingAntwoord,
  type WijzigingUitkomst,
  wijzigingAntwoord,
} from './wijziging-melding';

export const BERICHT_VERZEKERING = 'zorgverzekering-melding';

const TEKSTEN: Record<WijzigingUitkomst, string> = {
  verwerkt: 'De melding is verwerkt.',
  'al-bekend': 'Dit was al bekend; er is niets gewijzigd.',
  verouderd:
    'Er is al een nieuwere melding voor deze verzekerde verwerkt; deze oudere melding verandert niets.',
  afwijking: 'De melding is vastgelegd; een medewerker zoekt uit wat klopt.',
  herberekend: 'De melding is verwerkt en het voorschot is opnieuw berekend.',
  'geen-aanvraag':
    'De melding is vastgelegd. Deze persoon heeft geen zorgtoeslag aangevraagd; er verandert niets aan een toeslag.',
  'in-behandeling':
    'De melding is vastgelegd. Een medewerker past de zorgtoeslag aan vanaf de maand waarin de wijziging telt; het huishouden heeft bericht gekregen.',
};

export async function meldZorgverzekering(
  o: Omgeving,
  ctx: Context,
  m: VerzekeringMeldingVerzoek,
): Promise<WijzigingAntwoord> {
  // The insurer comes from the authenticated client of the session, never from the report.
  const clientId = await partnerVan(o, ctx, 'zorgverzekeraar', 'zorgverzekeraar');
  const op = o.klok();
  inBekendJaar('datum', m.datum);
  const v = bereidVoor(m.meldingId, m.opgesteldOp, ['verzekering', m.bsn, m.gebeurtenis, m.datum], op);
  if (!(await isVerzekerdeVan(o.db, clientId, m.bsn)))
    throw new Geweigerd('Deze persoon is niet bij uw organisatie verzekerd.');
  const huishoudenId = (await zoekHuishouden(o.db, m.bsn)) ?? null;
  const logPersonen = (tx: Sql, naam: string) =>
    huishoudenId === null
      ? log(o, ctx, tx, 'partner-feit-melden', naam, [m.bsn], op)
      : logHuishoudens(o, ctx, tx, 'partner-feit-melden', naam, [huishoudenId], op);
  return inTransactie(
    o,
    clientId,
    v,
    TEKSTEN,
    (tx) => logPersonen(tx, 'zorgverzekering opnieuw gemeld'),
    async (tx) => {
      // The link's row is locked: reports on one insured person are applied one after the other.
      const koppeling = await verzekerdeVoorUpdate(tx, clientId, m.bsn);
      if (!koppeling) throw new Geweigerd('Deze persoon is niet bij uw organisatie verzekerd.');
      let uitkomst: WijzigingUitkomst;
      let zaakId: number | null = null;
      if (koppeling.nieuwsteOpgesteldOp && v.opgesteldOp < koppeling.nieuwsteOpgesteldOp) {
        uitkomst = 'verouderd';
      } else {
        await werkKoppelingBij(tx, { soort: 'verzekering', clientId, bsn: m.bsn }, v.opgesteldOp);
        const feiten = huishoudenId === null ? undefined : await leesDossierFeiten(tx, huishoudenId);
        const a = stemVerzekeringAf(feiten, m);
        if (a.soort === 'geen-aanvraag') uitkomst = 'geen-aanvraag';
        else if (a.soort === 'gelijk') uitkomst = 'al-bekend';
        else {
          const melder = {
            clientId,
            naam: (await partnerNaam(tx, clientId)) ?? clientId,
            meldingId: m.meldingId,
          };
          zaakId = await verzekeringZaak(tx, huishoudenId!, m, a, melder, op);
          uitkomst = 'in-behandeling';
        }
      }
      await logPersonen(tx, 'zorgverzekering gemeld');
      return {
        rij: {
          soort: 'verzekering',
          huishoudenId,
          persoonBsn: m.bsn,
          datum: m.datum,
          waarde: { gebeurtenis: m.gebeurtenis },
          ontvangenOp: op,
          uitkomst,
          zaakId,
        },
        antwoord: wijzigingAntwoord(uitkomst, m.meldingId, false, TEKSTEN, { beschikkingen: [], zaakId }),
      };
    },
  );
}

/** Opens (or joins) the household's case for a change of insurance and tells the household once. */
async function verzekeringZaak(
  tx: Sql,
  huishoudenId: number,
  m: VerzekeringMeldingVerzoek,
  a: Extract<VerzekeringAfstemming, { soort: 'wijziging' }>,
  melder: Melder,
  op: string,
): Promise<number> {
  const jaar = Number(a.vanaf.slice(0, 4));
  const open = await openZaakVan(tx, huishoudenId, 'partner-afwijking', jaar);
  const zaakId =
    open ??
    (
      await maakZaak(
        tx,
        {
          soort: 'partner-afwijking',
          huishoudenId,
          onderwerp: `Zorgtoeslag ${jaar}: de zorgverzekering van de ${a.rol} ${m.gebeurtenis === 'begin' ? 'begint' : 'eindigt'}`,
          redenen: ['ZORGVERZEKERING_GEMELD'],
          // No BSN: the role in the household says whom it is about.
          toelichting: {
            zorgverzekeraar: melder.clientId,
            meldingId: melder.meldingId,
            rol: a.rol,
            gebeurtenis: m.gebeurtenis,
            datum: m.datum,
            nu: a.nu,
            telVanaf: a.vanaf,
          },
          prioriteit: 2,
          regeling: 'zorgtoeslag',
          jaar,
        },
        { id: `partner:${melder.clientId}`, rol: 'partner' },
        op,
      )
    ).id;
  await stuurBericht(tx, {
    huishoudenId,
    soort: BERICHT_VERZEKERING,
    sleutel: berichtSleutel(melder),
    gegevens: {
      zorgverzekeraar: melder.naam,
      rol: a.rol,
      gebeurtenis: m.gebeurtenis,
      datum: m.datum,
      telVanaf: a.vanaf,
      zaakId,
    },
    op,
  });
  return zaakId;
}
