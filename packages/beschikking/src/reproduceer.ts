/**
 * @module
 * Reproduces a decision from the dossier as it was known then: the facts recorded up to the
 * decision's bekend_op, the same variant (estimate or final income), the same engine and its own
 * parameter set (kept by its version, `parameterset`) — and reports whether the input hash, the
 * versions and the amounts match. A decision whose set was not kept is recomputed with the law in
 * force, and the difference in parameter version says so.
 */
import { ISO, type Sql } from '@regelmaat/db';
import { HuishoudenRekenaar } from '@regelmaat/dossier';
import { leesFeiten } from '@regelmaat/dossier-opslag';
import { NietGevonden } from '@regelmaat/kernel';
import { ENGINE_VERSIE, type Wetgeving } from '@regelmaat/law';
import { type EigenWetgeving, eigenWetgeving } from './parameterset';

export interface Reproductie {
  beschikkingId: number;
  regeling: string;
  /** Whether the decision's own parameter set was found (`bewaard`) and used. */
  parameterset: EigenWetgeving['status'];
  gelijk: boolean;
  verschillen: string[];
  opgeslagen: {
    jaarbedrag: number;
    maandbedragen: number[];
    invoerHash: string;
    engineVersie: string;
    parameterVersie: string;
  };
  herberekend: {
    jaarbedrag: number;
    maandbedragen: number[];
    invoerHash: string;
    engineVersie: string;
    parameterVersie: string;
  };
}

/** The decision does not exist: a kernel `NietGevonden` (404), so callers let it pass. */
export class BeschikkingNietGevonden extends NietGevonden {
  override readonly name = 'BeschikkingNietGevonden';
  constructor() {
    super('Deze beschikking bestaat niet.');
  }
}

/**
 * Reproduces decision `id` with its own parameter set; `geldend` (the law in force) when that was
 * not kept. `wetgevingen` keeps the parameter sets read, by version, for a caller that reproduces
 * many decisions (a sample of a run: one set read once, not once per decision).
 */
export async function reproduceer(
  sql: Sql,
  id: number,
  geldend: Wetgeving,
  wetgevingen?: Map<string, EigenWetgeving>,
): Promise<Reproductie> {
  const r = await sql.query<{
    huishouden_id: string;
    regeling: string;
    jaar: number;
    soort: 'voorschot' | 'definitief';
    jaarbedrag: number;
    maandbedragen: number[];
    invoer_hash: string;
    engine_versie: string;
    parameter_versie: string;
    bekend_op: string;
  }>(
    `SELECT huishouden_id, regeling, jaar, soort, jaarbedrag, maandbedragen, invoer_hash, engine_versie, parameter_versie,
            ${ISO('bekend_op')} AS bekend_op FROM beschikking WHERE id = $1`,
    [id],
  );
  const b = r.rows[0];
  if (!b) throw new BeschikkingNietGevonden();
  const eigen =
    wetgevingen?.get(b.parameter_versie) ?? (await eigenWetgeving(sql, b.parameter_versie, geldend));
  wetgevingen?.set(b.parameter_versie, eigen);
  const w = eigen.status === 'bewaard' ? eigen.wetgeving : geldend;
  const hh = Number(b.huishouden_id);
  const feiten = (await leesFeiten(sql, hh, hh + 1)).get(hh) ?? [];
  const u = new HuishoudenRekenaar(w).bereken(feiten, {
    jaar: b.jaar,
    variant: b.soort === 'definitief' ? 'definitief' : 'schatting',
    bekendOp: b.bekend_op,
  });
  const i = w.regelingen.findIndex((x) => x.id === b.regeling);
  const herberekend = {
    jaarbedrag: u.ok ? u.bedragen.toegekend(i) : 0,
    maandbedragen: u.ok ? [...u.bedragen.maandbedragen(i)] : new Array<number>(12).fill(0),
    invoerHash: u.invoerHash,
    engineVersie: ENGINE_VERSIE,
    parameterVersie: u.parameterVersie,
  };
  const opgeslagen = {
    jaarbedrag: b.jaarbedrag,
    maandbedragen: b.maandbedragen.map(Number),
    invoerHash: b.invoer_hash,
    engineVersie: b.engine_versie,
    parameterVersie: b.parameter_versie,
  };
  const verschillen: string[] = [];
  if (opgeslagen.invoerHash !== herberekend.invoerHash)
    verschillen.push('invoer (het dossier zoals toen bekend geeft een andere invoer)');
  if (opgeslagen.engineVersie !== herberekend.engineVersie)
    verschillen.push(`rekenkern ${opgeslagen.engineVersie} → ${herberekend.engineVersie}`);
  if (opgeslagen.parameterVersie !== herberekend.parameterVersie)
    verschillen.push(
      `parameters ${opgeslagen.parameterVersie} → ${herberekend.parameterVersie} (${
        eigen.status === 'niet-bewaard'
          ? 'de parameterset van de beschikking is niet bewaard'
          : 'de bewaarde parameterset is niet te laden'
      }: herberekend met de parameters van nu)`,
    );
  if (opgeslagen.jaarbedrag !== herberekend.jaarbedrag)
    verschillen.push(`jaarbedrag ${opgeslagen.jaarbedrag} → ${herberekend.jaarbedrag}`);
  if (opgeslagen.maandbedragen.join() !== herberekend.maandbedragen.join()) verschillen.push('maandbedragen');
  if (!u.ok) verschillen.push('het dossier is niet (meer) leesbaar voor de rekenkern');
  return {
    beschikkingId: id,
    regeling: b.regeling,
    parameterset: eigen.status,
    gelijk: verschillen.length === 0,
    verschillen,
    opgeslagen,
    herberekend,
  };
}
