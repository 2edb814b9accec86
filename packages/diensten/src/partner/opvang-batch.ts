/**
 * @module
 * A childcare provider's monthly batch (Awir art. 38 lid 4/5: by the 15th of each month): one
 * request with many rows, one result per row, in the order sent. Each row is one report with the
 * guarantees of `POST /partner/opvanguren`, and a bad row (invalid, not a client, a conflict) is
 * answered for that row while the other rows still count. The rows that change only the provider's
 * own data go together, set-based, in one transaction (`opvang-batch-snel.ts`); a row that
 * recomputes an advance or opens a case then goes through `meldOpvanguren` in its own transaction.
 * A repeated batch changes nothing: each row carries its own report id.
 */

import { DienstFout, Geweigerd, type OngeldigVeld } from '@regelmaat/kernel';
import { kindSpan } from '@regelmaat/logboek';
import type { Context } from '../context';
import { vereis } from '../context';
import type { Omgeving } from '../omgeving';
import {
  bereidMeldingVoor,
  type MeldingAntwoord,
  type MeldingUitkomst,
  meldOpvanguren,
  type VoorbereideMelding,
} from '../partner';
import { OpvangMeldingVerzoek } from '../verzoeken/partner';
import { veldenUitZod } from '../verzoeken/valideer';
import { meldOpvangRijenSamen } from './opvang-batch-snel';

export type RijResultaat =
  | ({ rij: number; status: 200 } & MeldingAntwoord)
  | { rij: number; status: number; code: string; melding: string; velden?: OngeldigVeld[] };

export interface BatchAntwoord {
  aantal: number;
  /** How many rows ended in each outcome (200) or error code. */
  telling: Record<string, number>;
  /** New advance decisions over all rows. */
  beschikkingen: number;
  rijen: RijResultaat[];
}

export async function meldOpvangBatch(
  o: Omgeving,
  ctx: Context,
  vraag: { rijen: readonly unknown[] },
): Promise<BatchAntwoord> {
  const s = vereis(ctx, 'feit:melden');
  if (!s.clientId) throw new Geweigerd('Alleen een partnerorganisatie meldt opvanguren.');
  const clientId = s.clientId;
  const uit: (RijResultaat | undefined)[] = new Array(vraag.rijen.length);
  const fout = (rij: number, e: DienstFout): RijResultaat => ({
    rij,
    status: e.status,
    code: e.code,
    melding: e.message,
    ...('velden' in e ? { velden: (e as { velden: OngeldigVeld[] }).velden } : {}),
  });
  // Checked and keyed first; the rows that change only the provider's data go together.
  const op = o.klok();
  const geldig: { i: number; v: VoorbereideMelding }[] = [];
  for (let i = 0; i < vraag.rijen.length; i++) {
    const invoer = vraag.rijen[i];
    const p = OpvangMeldingVerzoek.safeParse(invoer);
    if (!p.success) {
      const velden = veldenUitZod(p.error, invoer, `rijen[${i}]`);
      uit[i] = {
        rij: i,
        status: 400,
        code: 'ongeldige-invoer',
        melding: velden.map((v) => `${v.naam}: ${v.reden}`).join('; '),
        velden,
      };
      continue;
    }
    try {
      geldig.push({ i, v: bereidMeldingVoor(p.data, op) });
    } catch (e) {
      if (!(e instanceof DienstFout)) throw e;
      uit[i] = fout(i, e);
    }
  }
  const samen = await meldOpvangRijenSamen(o, ctx, clientId, geldig);
  for (const [i, u] of samen.klaar)
    uit[i] = 'fout' in u ? fout(i, u.fout) : { rij: i, status: 200, ...u.antwoord };
  // The rest one at a time, in order, exactly as the single report.
  const perIndex = new Map(geldig.map((g) => [g.i, g.v.m]));
  for (const i of samen.langzaam) {
    try {
      // Each row is its own operation in the processing log: a child span of the request.
      const a = await meldOpvanguren(o, { ...ctx, trace: kindSpan(ctx.trace) }, perIndex.get(i)!);
      uit[i] = { rij: i, status: 200, ...a };
    } catch (e) {
      if (!(e instanceof DienstFout)) throw e;
      uit[i] = fout(i, e);
    }
  }
  const rijen = uit as RijResultaat[];
  const telling: Record<string, number> = {};
  let beschikkingen = 0;
  for (const r of rijen) {
    if (r.status === 200) beschikkingen += (r as MeldingAntwoord).beschikkingen.length;
    const sleutel: MeldingUitkomst | string =
      r.status === 200 ? (r as MeldingAntwoord).uitkomst : (r as { code: string }).code;
    telling[sleutel] = (telling[sleutel] ?? 0) + 1;
  }
  return { aantal: rijen.length, telling, beschikkingen, rijen };
}
