/**
 * @module
 * Housing corporations' rent changes (issue 16): one at a time (`meldHuurwijziging`) and as a batch
 * of rows (`meldHuurBatch`, the yearly 1 July increase), a result per row in order. A corporation
 * may report only on a household it rents to (`huurcontract`, server-owned); see
 * `wijziging-melding.ts` for ids, repeats and older reports, `huur-afstemming.ts` for what a report
 * means and `huur-gevolgen.ts` for what it changes. Every report is logged for every person of the
 * household, in its own transaction.
 */
import { leesDossierFeiten, zoekHuishouden } from '@regelmaat/dossier-opslag';
import { DienstFout, Geweigerd, type OngeldigVeld } from '@regelmaat/kernel';
import { kindSpan } from '@regelmaat/logboek';
import { huurcontractVoorUpdate, isHuurderVan, werkKoppelingBij } from '@regelmaat/partner-opslag';
import { partnerNaam } from '@regelmaat/toegang';
import type { Context } from '../context';
import type { Omgeving } from '../omgeving';
import { logHuishoudens } from '../verwerkingslog';
import { HuurMeldingVerzoek } from '../verzoeken/partner-wijziging';
import { veldenUitZod } from '../verzoeken/valideer';
import { stemHuurAf } from './huur-afstemming';
import { verwerkHuurAfwijking, verwerkHuurwijziging } from './huur-gevolgen';
import {
  bereidVoor,
  inBekendJaar,
  inTransactie,
  partnerVan,
  type WijzigingAntwoord,
  type WijzigingUitkomst,
  wijzigingAntwoord,
} from './wijziging-melding';

const TEKSTEN: Record<WijzigingUitkomst, string> = {
  verwerkt: 'De huur is verwerkt. De toeslagen van het huishouden veranderen er niet door.',
  'al-bekend': 'Deze huur was al bekend; er is niets gewijzigd.',
  verouderd:
    'Er is al een nieuwere melding voor dit huishouden verwerkt; deze oudere melding verandert niets.',
  afwijking:
    'De melding is vastgelegd. Zij wijkt af van wat de huurder opgaf; een medewerker zoekt uit wat klopt. Er is niets aan de toeslag veranderd.',
  herberekend:
    'De huur is verwerkt. Het voorschot van het huishouden is opnieuw berekend en het huishouden heeft bericht gekregen.',
  'geen-aanvraag': 'Niet van toepassing op een huurmelding.',
  'in-behandeling': 'Niet van toepassing op een huurmelding.',
};

export async function meldHuurwijziging(
  o: Omgeving,
  ctx: Context,
  m: HuurMeldingVerzoek,
): Promise<WijzigingAntwoord> {
  // The corporation comes from the authenticated client of the session, never from the report.
  const clientId = await partnerVan(o, ctx, 'verhuurder', 'woningcorporatie');
  const op = o.klok();
  inBekendJaar('ingangsdatum', m.ingangsdatum);
  const v = bereidVoor(
    m.meldingId,
    m.opgesteldOp,
    ['huur', m.huurderBsn, m.ingangsdatum, m.kaleHuur, m.servicekosten ?? null],
    op,
  );
  const huishoudenId = await zoekHuishouden(o.db, m.huurderBsn);
  // An unknown person and another corporation's tenant get the same answer.
  if (huishoudenId === undefined || !(await isHuurderVan(o.db, clientId, huishoudenId)))
    throw new Geweigerd('Deze persoon huurt geen woning van uw organisatie.');
  return inTransactie(
    o,
    clientId,
    v,
    TEKSTEN,
    (tx) =>
      logHuishoudens(o, ctx, tx, 'partner-feit-melden', 'huurwijziging opnieuw gemeld', [huishoudenId], op),
    async (tx) => {
      // The contract's row is locked: reports on one household are applied one after the other.
      const contract = await huurcontractVoorUpdate(tx, clientId, huishoudenId);
      if (!contract) throw new Geweigerd('Deze persoon huurt geen woning van uw organisatie.');
      let uitkomst: WijzigingUitkomst;
      let zaakId: number | null = null;
      let beschikkingen: number[] = [];
      if (contract.nieuwsteOpgesteldOp && v.opgesteldOp < contract.nieuwsteOpgesteldOp) {
        uitkomst = 'verouderd';
      } else {
        await werkKoppelingBij(tx, { soort: 'huur', clientId, huishoudenId }, v.opgesteldOp);
        const feiten = await leesDossierFeiten(tx, huishoudenId);
        const a = stemHuurAf(feiten, m, v.opgesteldOp, op);
        const melder = {
          clientId,
          naam: (await partnerNaam(tx, clientId)) ?? clientId,
          meldingId: m.meldingId,
        };
        if (a.soort === 'gelijk') uitkomst = 'al-bekend';
        else if (a.soort === 'afwijking') {
          zaakId = await verwerkHuurAfwijking(tx, huishoudenId, m, a.afwijking, melder, op);
          uitkomst = 'afwijking';
        } else {
          const g = await verwerkHuurwijziging(tx, o, huishoudenId, m, a, melder, op);
          beschikkingen = g.beschikkingen;
          uitkomst = g.beschikkingen.length > 0 || g.zaken.length > 0 ? 'herberekend' : 'verwerkt';
        }
      }
      await logHuishoudens(o, ctx, tx, 'partner-feit-melden', 'huurwijziging gemeld', [huishoudenId], op);
      return {
        rij: {
          soort: 'huur',
          huishoudenId,
          persoonBsn: null,
          datum: m.ingangsdatum,
          waarde: { kaleHuur: m.kaleHuur, servicekosten: m.servicekosten ?? null },
          ontvangenOp: op,
          uitkomst,
          zaakId,
        },
        antwoord: wijzigingAntwoord(uitkomst, m.meldingId, false, TEKSTEN, { beschikkingen, zaakId }),
      };
    },
  );
}

export type HuurRijResultaat =
  | ({ rij: number; status: 200 } & WijzigingAntwoord)
  | { rij: number; status: number; code: string; melding: string; velden?: OngeldigVeld[] };

export interface HuurBatchAntwoord {
  aantal: number;
  /** How many rows ended in each outcome (200) or error code. */
  telling: Record<string, number>;
  /** New advance decisions over all rows. */
  beschikkingen: number;
  rijen: HuurRijResultaat[];
}

/**
 * A corporation's batch (the yearly 1 July increase): each row as `meldHuurwijziging`, in its own
 * transaction and processing-log span, in the order sent; a bad row is answered for that row while
 * the other rows still count. A repeated batch changes nothing: each row carries its own id.
 */
export async function meldHuurBatch(
  o: Omgeving,
  ctx: Context,
  vraag: { rijen: readonly unknown[] },
): Promise<HuurBatchAntwoord> {
  await partnerVan(o, ctx, 'verhuurder', 'woningcorporatie');
  const rijen: HuurRijResultaat[] = [];
  for (let i = 0; i < vraag.rijen.length; i++) {
    const invoer = vraag.rijen[i];
    const p = HuurMeldingVerzoek.safeParse(invoer);
    if (!p.success) {
      const velden = veldenUitZod(p.error, invoer, `rijen[${i}]`);
      rijen.push({
        rij: i,
        status: 400,
        code: 'ongeldige-invoer',
        melding: velden.map((x) => `${x.naam}: ${x.reden}`).join('; '),
        velden,
      });
      continue;
    }
    try {
      const a = await meldHuurwijziging(o, { ...ctx, trace: kindSpan(ctx.trace) }, p.data);
      rijen.push({ rij: i, status: 200, ...a });
    } catch (e) {
      if (!(e instanceof DienstFout)) throw e;
      rijen.push({
        rij: i,
        status: e.status,
        code: e.code,
        melding: e.message,
        ...('velden' in e ? { velden: (e as { velden: OngeldigVeld[] }).velden } : {}),
      });
    }
  }
  const telling: Record<string, number> = {};
  let beschikkingen = 0;
  for (const r of rijen) {
    if (r.status === 200) beschikkingen += (r as WijzigingAntwoord).beschikkingen.length;
    const sleutel = r.status === 200 ? (r as WijzigingAntwoord).uitkomst : (r as { code: string }).code;
    telling[sleutel] = (telling[sleutel] ?? 0) + 1;
  }
  return { aantal: rijen.length, telling, beschikkingen, rijen };
}
