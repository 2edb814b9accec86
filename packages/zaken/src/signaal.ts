/**
 * @module
 * A signal to policy (C7): a staff member says a rule works out unfairly or is unworkable (domain
 * reference §4.1 "signaalfunctie", §3.2 lesson 7; Kamerstuk 35 510 nr. 60). Raised from a case or on
 * its own, with a theme, what happens, why it is unfair or unworkable, and example cases; a level-3
 * maatwerk decision raises one itself (`bron: 'maatwerk'`). Triage and the answer are in
 * `signaal-stappen.ts`, reading in `signaal-lezen.ts`. The description is about the rule, not the
 * person: write no personal data in it.
 */
import type { Sql } from '@regelmaat/db';
import { Conflict, NietGevonden, Ongeldig } from '@regelmaat/kernel';
import { schrijfHistorie } from './historie';
import { MELDING_ROL, magZaakwerk } from './rechten';
import { isSignaalThema } from './signaal-themas';
import { inTransactie } from './transactie';
import type { Actor } from './typen';
import { isoKolom } from './zaak-rij';

export const SIGNAAL_STATUSSEN = ['nieuw', 'meer-informatie', 'dubbel', 'doorgezet', 'beantwoord'] as const;
export type SignaalStatus = (typeof SIGNAAL_STATUSSEN)[number];

/** What policy will do: nothing, a work instruction, or a proposal to change the law or a parameter. */
export const ANTWOORD_SOORTEN = ['niets', 'werkinstructie', 'wijzigingsvoorstel'] as const;
export type AntwoordSoort = (typeof ANTWOORD_SOORTEN)[number];

export interface Signaal {
  id: number;
  besluitId: number | null;
  zaakId: number | null;
  thema: string;
  /** What happens. */
  omschrijving: string;
  /** Why it is unfair or unworkable. */
  waarom: string;
  bron: 'medewerker' | 'maatwerk';
  status: SignaalStatus;
  /** The raiser's team: whose team lead triages it (null: any team lead). */
  team: string | null;
  versie: number;
  ingediendDoor: string;
  ingediendOp: string;
  /** The raiser's answer to a request for more information. */
  aanvulling: string | null;
  triage: { door: string; op: string; toelichting: string } | null;
  dubbelVan: number | null;
  antwoord: { soort: AntwoordSoort; tekst: string; door: string; op: string } | null;
  /** The saved scenario (migration 034) that works out the answer's proposed change. */
  scenarioId: number | null;
  /** An earlier answer's free-text link to a simulation (migration 030), kept as a note. */
  scenarioNotitie: string | null;
  /** Ids of the example cases (the case it was raised from first). */
  voorbeelden: number[];
}

export interface NieuwSignaal {
  besluitId?: number;
  zaakId?: number;
  thema: string;
  omschrijving: string;
  waarom?: string;
  /** Further example cases (ids). */
  voorbeelden?: number[];
  bron?: 'medewerker' | 'maatwerk';
}

/** Roles that may raise a signal: case work, and the policy owner (who sees no cases). */
const MELDERS = ['behandelaar', 'teamleider', 'beleidsmedewerker'];

export const SIGNAAL_KOLOMMEN = [
  's.id',
  's.besluit_id',
  's.zaak_id',
  's.thema',
  's.omschrijving',
  's.waarom',
  's.bron',
  's.status',
  's.team',
  's.versie',
  's.ingediend_door',
  isoKolom('s.ingediend_op', 'ingediend_op'),
  's.aanvulling',
  's.triage_door',
  isoKolom('s.triage_op', 'triage_op'),
  's.triage_toelichting',
  's.dubbel_van',
  's.antwoord_soort',
  's.antwoord',
  's.beantwoord_door',
  isoKolom('s.beantwoord_op', 'beantwoord_op'),
  's.scenario_id',
  's.scenario_notitie',
  `COALESCE((SELECT array_agg(v.zaak_id ORDER BY v.zaak_id = s.zaak_id DESC, v.zaak_id)
               FROM signaal_voorbeeld v WHERE v.signaal_id = s.id), '{}') AS voorbeelden`,
].join(', ');

export interface SignaalRij {
  id: string;
  besluit_id: string | null;
  zaak_id: string | null;
  thema: string;
  omschrijving: string;
  waarom: string;
  bron: Signaal['bron'];
  status: SignaalStatus;
  team: string | null;
  versie: number;
  ingediend_door: string;
  ingediend_op: string;
  aanvulling: string | null;
  triage_door: string | null;
  triage_op: string | null;
  triage_toelichting: string | null;
  dubbel_van: string | null;
  antwoord_soort: AntwoordSoort | null;
  antwoord: string | null;
  beantwoord_door: string | null;
  beantwoord_op: string | null;
  scenario_id: string | null;
  scenario_notitie: string | null;
  voorbeelden: (string | number)[];
}

const getal = (v: string | null): number | null => (v === null ? null : Number(v));

export function naarSignaal(r: SignaalRij): Signaal {
  return {
    id: Number(r.id),
    besluitId: getal(r.besluit_id),
    zaakId: getal(r.zaak_id),
    thema: r.thema,
    omschrijving: r.omschrijving,
    waarom: r.waarom,
    bron: r.bron,
    status: r.status,
    team: r.team,
    versie: r.versie,
    ingediendDoor: r.ingediend_door,
    ingediendOp: r.ingediend_op,
    aanvulling: r.aanvulling,
    triage:
      r.triage_door && r.triage_op
        ? { door: r.triage_door, op: r.triage_op, toelichting: r.triage_toelichting ?? '' }
        : null,
    dubbelVan: getal(r.dubbel_van),
    antwoord:
      r.antwoord && r.antwoord_soort && r.beantwoord_door && r.beantwoord_op
        ? { soort: r.antwoord_soort, tekst: r.antwoord, door: r.beantwoord_door, op: r.beantwoord_op }
        : null,
    scenarioId: getal(r.scenario_id),
    scenarioNotitie: r.scenario_notitie ?? null,
    voorbeelden: r.voorbeelden.map(Number),
  };
}

export async function leesSignaal(sql: Sql, id: number): Promise<Signaal | undefined> {
  const r = await sql.query<SignaalRij>(`SELECT ${SIGNAAL_KOLOMMEN} FROM signaal s WHERE s.id = $1`, [id]);
  return r.rows[0] ? naarSignaal(r.rows[0]) : undefined;
}

export async function maakSignaal(
  sql: Sql,
  invoer: NieuwSignaal,
  actor: Actor,
  nu: string,
): Promise<Signaal> {
  if (!(typeof actor?.id === 'string' && actor.id.trim() !== '' && MELDERS.includes(actor.rol)))
    throw new Conflict('niet-toegestaan', MELDING_ROL);
  const problemen: string[] = [];
  if (!isSignaalThema(invoer.thema)) problemen.push('thema: kies een thema uit de lijst');
  if (typeof invoer.omschrijving !== 'string' || invoer.omschrijving.trim() === '')
    problemen.push('omschrijving ontbreekt');
  if (invoer.waarom !== undefined && typeof invoer.waarom !== 'string')
    problemen.push('waarom is geen tekst');
  const extra = invoer.voorbeelden ?? [];
  if (!Array.isArray(extra) || extra.some((v) => !Number.isSafeInteger(v) || v <= 0))
    problemen.push('voorbeelden moeten zaaknummers zijn');
  if (problemen.length > 0) throw Ongeldig.geheel(`Signaal niet vastgelegd: ${problemen.join('; ')}.`);
  // Linking cases is reading them: only for roles that work on cases.
  if (
    (invoer.zaakId !== undefined || extra.length > 0 || invoer.besluitId !== undefined) &&
    !magZaakwerk(actor)
  )
    throw new Conflict('niet-toegestaan', 'Alleen wie zaken behandelt, kan zaken als voorbeeld koppelen.');
  return inTransactie(sql, async (tx) => {
    let zaakId = invoer.zaakId ?? null;
    if (invoer.besluitId !== undefined) {
      const b = await tx.query<{ zaak_id: string }>('SELECT zaak_id FROM maatwerkbesluit WHERE id = $1', [
        invoer.besluitId,
      ]);
      if (!b.rows[0]) throw new NietGevonden(`Maatwerkbesluit ${invoer.besluitId} bestaat niet.`);
      const vanBesluit = Number(b.rows[0].zaak_id);
      if (zaakId !== null && zaakId !== vanBesluit)
        throw Ongeldig.geheel(`Maatwerkbesluit ${invoer.besluitId} hoort niet bij zaak ${zaakId}.`);
      zaakId = vanBesluit;
    }
    const voorbeelden = [...new Set([...(zaakId !== null ? [zaakId] : []), ...extra])];
    const bestaand = await tx.query<{ id: string; versie: number }>(
      'SELECT id, versie FROM zaak WHERE id = ANY($1::bigint[])',
      [voorbeelden],
    );
    const versies = new Map(bestaand.rows.map((z) => [Number(z.id), z.versie]));
    const ontbreekt = voorbeelden.filter((v) => !versies.has(v));
    if (ontbreekt.length > 0) throw new NietGevonden(`Zaak ${ontbreekt.join(', ')} bestaat niet.`);
    const r = await tx.query<{ id: string }>(
      `INSERT INTO signaal (besluit_id, zaak_id, thema, omschrijving, waarom, bron, team, ingediend_door, ingediend_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        invoer.besluitId ?? null,
        zaakId,
        invoer.thema,
        invoer.omschrijving.trim(),
        (invoer.waarom ?? '').trim(),
        invoer.bron ?? 'medewerker',
        actor.team ?? null,
        actor.id,
        nu,
      ],
    );
    const id = Number(r.rows[0]!.id);
    if (voorbeelden.length > 0)
      await tx.query('INSERT INTO signaal_voorbeeld (signaal_id, zaak_id) SELECT $1, unnest($2::bigint[])', [
        id,
        voorbeelden,
      ]);
    if (zaakId !== null)
      await schrijfHistorie(tx, zaakId, 'signaal', versies.get(zaakId)!, actor, nu, {
        signaalId: id,
        thema: invoer.thema,
      });
    return (await leesSignaal(tx, id))!;
  });
}
