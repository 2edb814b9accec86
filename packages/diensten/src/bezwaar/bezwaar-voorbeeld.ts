/**
 * @module
 * A preview of the decision letter on an objection (Awb 7:11, 7:12; the right of appeal Awb 6:7,
 * 8:1), before it is sent: from the case worker's draft (the form's values) or, for the team lead
 * who approves it, from the stored proposal. Nothing is written but the processing-log record of
 * the read; the amount's change is computed from the decision in force, as the decision step does.
 */
import { beschikkingVersie } from '@regelmaat/beschikking';
import { type BeslissingOpBezwaar, bezwaarBriefHtmlFragment } from '@regelmaat/brieven';
import { bsnAanvragerVan, leesDossierFeiten } from '@regelmaat/dossier-opslag';
import { Conflict, eurocent, NietGevonden } from '@regelmaat/kernel';
import { bezwaarVanZaak, bezwaar as leesBezwaar } from '@regelmaat/zaken';
import { woonplaatsVan } from '../brieven/brief-vullen';
import { type Context, vereis } from '../context';
import { goedkeuringsdrempelVan } from '../maatwerk';
import { datumVan, type Omgeving } from '../omgeving';
import { log, personenUitFeiten } from '../verwerkingslog';
import { type BeslissingVraag, inWerking } from './bezwaar-behandelen';
import { OVERSLAAN_B1 } from './bezwaarbrief-teksten';
import { naamVan, nietOntvankelijkVan, vulBezwaarBrief } from './bezwaarbrief-vullen';

export interface BezwaarBriefVoorbeeld {
  /** The letter's `<article>` (escaped by @regelmaat/brieven). */
  html: string;
  /** The change of the year amount against the decision in force (upheld only). */
  bedragVerschil?: number;
  /** Whether that change is above the approval threshold: a team lead must approve (four-eyes). */
  vierOgen: boolean;
}

/** The decision letter as it would be sent; `vraag` absent: the stored proposal (four-eyes). */
export async function bezwaarBeslissingVoorbeeld(
  o: Omgeving,
  ctx: Context,
  bezwaarId: number,
  vraag?: BeslissingVraag,
): Promise<BezwaarBriefVoorbeeld> {
  vereis(ctx, 'zaak:lezen');
  const op = o.klok();
  return o.db.transaction(async (tx) => {
    const b = await leesBezwaar(tx, bezwaarId);
    if (!b) throw new NietGevonden(`Bezwaar ${bezwaarId} bestaat niet.`);
    const v: BeslissingVraag | undefined =
      vraag ??
      (b.beslissing && b.motivering
        ? {
            beslissing: b.beslissing,
            motivering: b.motivering,
            ...(b.nieuweRegeling ? { regeling: b.nieuweRegeling } : {}),
            ...(b.nieuwJaarbedrag !== null ? { nieuwJaarbedrag: b.nieuwJaarbedrag } : {}),
          }
        : undefined);
    if (!v) throw new Conflict('bezwaar-stap-niet-mogelijk', 'Er is nog geen beslissing om te tonen.');
    if (b.hoorzitting !== 'gehouden' && b.hoorzitting !== 'overgeslagen')
      throw new Conflict(
        'bezwaar-stap-niet-mogelijk',
        'Eerst horen, of vastleggen waarom niet (Awb 7:2 en 7:3).',
      );
    const nietOntvankelijk =
      v.beslissing === 'niet-ontvankelijk' ? nietOntvankelijkVan(b, datumVan(op)) : undefined;
    if (v.beslissing === 'niet-ontvankelijk' && !nietOntvankelijk)
      throw new Conflict(
        'bezwaar-stap-niet-mogelijk',
        'Niet-ontvankelijk kan alleen als het bezwaar te laat kwam en dat niet verschoonbaar is (Awb 6:7, 6:9, 6:11), of als de gronden niet binnen de hersteltermijn kwamen (Awb 6:6).',
      );
    let nieuw: BeslissingOpBezwaar['nieuw'];
    let verschil: number | undefined;
    if (v.regeling !== undefined && v.nieuwJaarbedrag !== undefined) {
      const basis = await inWerking(tx, b, v.regeling);
      verschil = v.nieuwJaarbedrag - basis.jaarbedrag;
      nieuw = {
        naam: naamVan(v.regeling),
        jaar: basis.jaar,
        oudJaarbedrag: eurocent(basis.jaarbedrag),
        nieuwJaarbedrag: eurocent(v.nieuwJaarbedrag),
      };
    }
    const bestreden = [];
    for (const id of b.beschikkingIds) bestreden.push((await beschikkingVersie(tx, id))!);
    const feiten = await leesDossierFeiten(tx, b.huishoudenId);
    const brief = vulBezwaarBrief({
      soort: 'beslissing-op-bezwaar',
      bezwaar: b,
      bestreden,
      bsn: (await bsnAanvragerVan(tx, b.huishoudenId))!,
      woonplaats: woonplaatsVan(feiten, op),
      briefdatum: datumVan(op),
      beslissing: {
        uitkomst: v.beslissing,
        motivering: v.motivering.trim(),
        hoorzitting:
          b.hoorzitting === 'gehouden'
            ? { gehouden: true, ...(b.hoorzittingOp ? { op: b.hoorzittingOp } : {}) }
            : { gehouden: false, reden: OVERSLAAN_B1[b.hoorzittingOverslaanGrond!] },
        ...(nietOntvankelijk ? { nietOntvankelijk } : {}),
        ...(nieuw ? { nieuw } : {}),
      },
    });
    const html = bezwaarBriefHtmlFragment(brief);
    await log(
      o,
      ctx,
      tx,
      'bezwaar-behandelen',
      'beslissing: voorbeeld van de brief',
      personenUitFeiten(feiten),
      op,
    );
    return {
      html,
      ...(verschil !== undefined ? { bedragVerschil: verschil } : {}),
      vierOgen: verschil !== undefined && Math.abs(verschil) > goedkeuringsdrempelVan(o),
    };
  });
}

/** The objection of a `bezwaar` case (the workspace opens it from the case). */
export async function bezwaarIdVanZaak(o: Omgeving, ctx: Context, zaakId: number): Promise<number> {
  vereis(ctx, 'zaak:lezen');
  const b = await bezwaarVanZaak(o.db, zaakId);
  if (!b) throw new NietGevonden(`Zaak ${zaakId} is geen bezwaar.`);
  return b.id;
}
