/**
 * @module
 * Signals to policy (C7, issue 17) as use cases: any staff member raises one (from a case or on its
 * own), a level-3 maatwerk decision raises one itself, the team lead of the raiser's team triages
 * (duplicate, more information, route to policy), the raiser adds information when asked, and the
 * policy owner (beleidsmedewerker) answers with what will be done. The raiser sees status and
 * answer; every staff member sees the counts and changes per theme. Example cases are shown by
 * number to readers who may open cases, and otherwise under a pseudonym with only facts that
 * identify nobody (case type, regeling, year, reason codes).
 */
import { createHmac } from 'node:crypto';
import type { Sql } from '@regelmaat/db';
import { eurocent, formatCents, NietGevonden } from '@regelmaat/kernel';
import { REGELINGEN } from '@regelmaat/law';
import { heeftRecht, type Sessie } from '@regelmaat/toegang';
import {
  type AntwoordSoort,
  beantwoordSignaal as beantwoord,
  grondslagMetId,
  leesSignaal,
  type Maatwerkbesluit,
  maakSignaal,
  type Signaal,
  scenarioMetId,
  signaalThemas,
  signalenMetStatus,
  signalenVan,
  type ThemaTelling,
  triageerSignaal as triageer,
  type VoorbeeldFeiten,
  voorbeeldFeiten,
  vulSignaalAan,
  type ZaakSoort,
} from '@regelmaat/zaken';
import { actorVan, type Context, vereis } from './context';
import type { Omgeving } from './omgeving';
import { huishoudensVanZaken, logHuishoudens } from './verwerkingslog';
import type { SignaalVraag, TriageVraag } from './verzoeken/signaal';

/** An example case as a reader sees it: the case number only for who may open cases. */
export interface Voorbeeld {
  /** Stable per case and key, the same on every page: "V-1a2b3c4d". */
  pseudoniem: string;
  zaakId?: number;
  soort: ZaakSoort;
  regeling: string | null;
  jaar: number | null;
  redenen: string[];
}

export interface SignaalWeergave extends Omit<Signaal, 'zaakId' | 'besluitId' | 'voorbeelden'> {
  /** The case it was raised from and the maatwerk decision, for readers who may open cases. */
  zaakId?: number;
  besluitId?: number;
  voorbeelden: Voorbeeld[];
  /** Whether the reader raised it. */
  eigen: boolean;
  /** The saved scenario the answer links to, with its name (the link to its page). */
  scenario: { id: number; naam: string } | null;
}

function pseudoniem(o: Omgeving, zaakId: number): string {
  return `V-${createHmac('sha256', o.sleutels.pseudoniem).update(`signaal-voorbeeld:${zaakId}`).digest('hex').slice(0, 8)}`;
}

/**
 * The signal as this reader may see it: the cases it is about by their case number only for a
 * reader who may open cases — and then the reading of those households is logged — and otherwise
 * under a pseudonym. Runs inside the caller's transaction.
 */
async function weergave(o: Omgeving, sql: Sql, ctx: Context, s: Signaal): Promise<SignaalWeergave> {
  return (await weergaven(o, sql, ctx, [s]))[0]!;
}

/**
 * The signals as this reader may see them; one processing-log record (one act, one span) for the
 * households of every case number shown.
 */
async function weergaven(
  o: Omgeving,
  sql: Sql,
  ctx: Context,
  signalen: readonly Signaal[],
): Promise<SignaalWeergave[]> {
  const sessie = vereis(ctx, 'signaal:lezen');
  if (heeftRecht(sessie.rol, 'zaak:lezen')) {
    const zaakIds = signalen.flatMap((s) => [
      ...(s.zaakId !== null && s.zaakId !== undefined ? [s.zaakId] : []),
      ...s.voorbeelden,
    ]);
    if (zaakIds.length > 0) {
      const huishoudens = await huishoudensVanZaken(sql, zaakIds);
      await logHuishoudens(o, ctx, sql, 'signaal-melden', 'signalen lezen', huishoudens, o.klok());
    }
  }
  const uit: SignaalWeergave[] = [];
  for (const s of signalen) uit.push(await zonderLog(o, sql, sessie, s));
  return uit;
}

async function zonderLog(o: Omgeving, sql: Sql, sessie: Sessie, s: Signaal): Promise<SignaalWeergave> {
  const zaken = heeftRecht(sessie.rol, 'zaak:lezen');
  const feiten = await voorbeeldFeiten(sql, s.voorbeelden);
  const per = new Map(feiten.map((f) => [f.zaakId, f]));
  const { zaakId, besluitId, voorbeelden, ...rest } = s;
  const scenario = s.scenarioId === null ? null : await scenarioMetId(sql, s.scenarioId);
  return {
    ...rest,
    ...(zaken && zaakId !== null ? { zaakId } : {}),
    ...(zaken && besluitId !== null ? { besluitId } : {}),
    voorbeelden: voorbeelden
      .map((id) => per.get(id))
      .filter((f): f is VoorbeeldFeiten => f !== undefined)
      .map((f) => ({
        pseudoniem: pseudoniem(o, f.zaakId),
        ...(zaken ? { zaakId: f.zaakId } : {}),
        soort: f.soort,
        regeling: f.regeling,
        jaar: f.jaar,
        redenen: f.redenen,
      })),
    eigen: s.ingediendDoor === sessie.id,
    scenario: scenario ? { id: scenario.id, naam: scenario.naam } : null,
  };
}

/** Raises a signal; a signal about cases logs the reading of those households. */
export async function meldSignaal(o: Omgeving, ctx: Context, vraag: SignaalVraag): Promise<Signaal> {
  const s = vereis(ctx, 'signaal:maken');
  const op = o.klok();
  return o.db.transaction(async (tx) => {
    const signaal = await maakSignaal(tx, vraag, actorVan(s), op);
    // A signal about cases refers to those households (a signal without one holds no personal data).
    if (signaal.voorbeelden.length > 0) {
      const huishoudens = await huishoudensVanZaken(tx, signaal.voorbeelden);
      await logHuishoudens(o, ctx, tx, 'signaal-melden', 'signaal melden', huishoudens, op);
    }
    return signaal;
  });
}

const regelingNaam = (id: string) => REGELINGEN.find((r) => r.id === id)?.naam ?? id;

/**
 * The signal a level-3 maatwerk decision raises, in the decision's transaction: the rule and the
 * amounts, not the person; the author's answer to "is it just?" says why.
 */
export async function signaalVanMaatwerk(
  o: Omgeving,
  ctx: Context,
  tx: Sql,
  b: Maatwerkbesluit,
  op: string,
): Promise<Signaal> {
  const s = vereis(ctx, 'maatwerk:vastleggen');
  const grond = grondslagMetId(b.grondslag)?.label ?? b.grondslag;
  const signaal = await maakSignaal(
    tx,
    {
      besluitId: b.id,
      thema: b.regeling,
      bron: 'maatwerk',
      omschrijving:
        `Maatwerk op niveau 3 (structureel) bij ${regelingNaam(b.regeling)} ${b.jaar}: de wettelijke berekening geeft ` +
        `${formatCents(eurocent(b.standaardUitkomst.bedrag))}, het maatwerkbesluit ${formatCents(eurocent(b.afwijking.bedrag))} ` +
        `(${b.verschil >= 0 ? 'meer' : 'minder'}: ${formatCents(eurocent(Math.abs(b.verschil)))}), op grond van ${grond}.`,
      waarom: b.vragen.rechtvaardig,
    },
    actorVan(s),
    op,
  );
  const huishoudens = await huishoudensVanZaken(tx, signaal.voorbeelden);
  await logHuishoudens(o, ctx, tx, 'signaal-melden', 'signaal bij maatwerk niveau 3', huishoudens, op);
  return signaal;
}

export interface SignalenOverzicht {
  /** The reader's own signals, newest first. */
  mijn: SignaalWeergave[];
  /** For a team lead: new signals of their team to triage. */
  triage: SignaalWeergave[];
  /** For the policy owner: routed signals to answer. */
  beantwoorden: SignaalWeergave[];
}

export async function signalenOverzicht(o: Omgeving, ctx: Context): Promise<SignalenOverzicht> {
  const s = vereis(ctx, 'signaal:lezen');
  return o.db.transaction(async (sql) => {
    const mijn = heeftRecht(s.rol, 'signaal:maken') ? await signalenVan(sql, s.id) : [];
    const triage = heeftRecht(s.rol, 'signaal:triageren')
      ? await signalenMetStatus(sql, { status: ['nieuw'], ...(s.team ? { team: s.team } : {}) })
      : [];
    const beantwoorden = heeftRecht(s.rol, 'signaal:beantwoorden')
      ? await signalenMetStatus(sql, { status: ['doorgezet'] })
      : [];
    const alle = await weergaven(o, sql, ctx, [...mijn, ...triage, ...beantwoorden]);
    return {
      mijn: alle.slice(0, mijn.length),
      triage: alle.slice(mijn.length, mijn.length + triage.length),
      beantwoorden: alle.slice(mijn.length + triage.length),
    };
  });
}

export async function signaalDetail(o: Omgeving, ctx: Context, id: number): Promise<SignaalWeergave> {
  vereis(ctx, 'signaal:lezen');
  return o.db.transaction(async (sql) => {
    const s = await leesSignaal(sql, id);
    if (!s) throw new NietGevonden(`Signaal ${id} bestaat niet.`);
    return weergave(o, sql, ctx, s);
  });
}

export async function triageerSignaal(
  o: Omgeving,
  ctx: Context,
  id: number,
  vraag: TriageVraag,
): Promise<SignaalWeergave> {
  const s = vereis(ctx, 'signaal:triageren');
  return o.db.transaction(async (tx) =>
    weergave(o, tx, ctx, await triageer(tx, id, vraag, actorVan(s), o.klok())),
  );
}

export async function vulSignaalAanDienst(
  o: Omgeving,
  ctx: Context,
  id: number,
  vraag: { versie: number; aanvulling: string },
): Promise<SignaalWeergave> {
  const s = vereis(ctx, 'signaal:maken');
  return o.db.transaction(async (tx) =>
    weergave(o, tx, ctx, await vulSignaalAan(tx, id, vraag, actorVan(s))),
  );
}

export async function beantwoordSignaal(
  o: Omgeving,
  ctx: Context,
  id: number,
  vraag: { versie: number; soort: AntwoordSoort; antwoord: string; scenarioId?: number | undefined },
): Promise<SignaalWeergave> {
  const s = vereis(ctx, 'signaal:beantwoorden');
  return o.db.transaction(async (tx) =>
    weergave(o, tx, ctx, await beantwoord(tx, id, vraag, actorVan(s), o.klok())),
  );
}

/** Counts, example cases and changes per theme: for every staff member who may read signals. */
export async function signaalThemaOverzicht(o: Omgeving, ctx: Context): Promise<ThemaTelling[]> {
  vereis(ctx, 'signaal:lezen');
  return signaalThemas(o.db);
}
