/**
 * @module
 * `controlePaginas(o)`: the auditor's workspace under /controle (issue 19) on the services of
 * @regelmaat/diensten: the processing log search (`zoekInLogboek`, POST so that a BSN never stands
 * in a URL) and a record's trace (`spoorInLogboek`), the reproduction of a sample of a run
 * (`reproduceerSteekproefVanRun`, decisions per second measured here, at the edge), and the
 * fairness reports (`eerlijkheidVanRun`, CSV, trend). The services check every right; the team
 * lead and the policy analyst reach the fairness pages too (`rapportage:lezen`).
 */
import {
  eerlijkheidCsvVanRun,
  eerlijkheidTrendVan,
  eerlijkheidVanRun,
  type Omgeving,
  Ongeldig,
  type OngeldigVeld,
  reproduceerSteekproefVanRun,
  runsVoorEerlijkheid,
  spoorInLogboek,
  zoekInLogboek,
} from '@regelmaat/diensten';
import { ACTIVITEIT_SLEUTELS, ACTIVITEITEN, activiteitId } from '@regelmaat/logboek';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { WebHulp } from '../app';
import type { VeldFout } from '../components/Foutensamenvatting';
import { dienstCtx, metFouten } from '../diensten/context';
import { idVan, veld } from '../formulieren/verzoek';
import {
  ControleStart,
  EerlijkheidOverzicht,
  EerlijkheidRapport,
  type LogboekWaarden,
  LogboekZoeken,
  Reproductie,
  Spoor,
} from './Controle';

const fouten = (velden: readonly OngeldigVeld[]): VeldFout[] =>
  velden.map((v) => ({ veld: v.naam, melding: `${v.naam}: ${v.reden}` }));

const ACTIVITEIT_KEUZES = ACTIVITEIT_SLEUTELS.map((s) => ({
  waarde: s,
  label: ACTIVITEITEN.find((a) => a.id === activiteitId(s))?.naam ?? s,
}));

export function controlePaginas(o: Omgeving) {
  return (app: FastifyInstance, web: WebHulp): void => {
    const pre = { preHandler: web.vereisInlog('medewerker') };
    const pagina = (h: (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>) =>
      metFouten(web, 'medewerker', h);
    const ctxVan = (request: FastifyRequest) => dienstCtx(o, web, request);

    app.get(
      '/controle',
      pre,
      pagina(async (request, reply) => web.render(reply, ControleStart({ ctx: web.ctx(request) }))),
    );

    const leeg: LogboekWaarden = { persoon: '', activiteit: '', medewerker: '', van: '', tot: '' };
    app.get(
      '/controle/logboek',
      pre,
      pagina(async (request, reply) =>
        web.render(
          reply,
          LogboekZoeken({ ctx: web.ctx(request), waarden: leeg, activiteiten: ACTIVITEIT_KEUZES }),
        ),
      ),
    );
    app.post(
      '/controle/logboek',
      pre,
      pagina(async (request, reply) => {
        const w: LogboekWaarden = {
          persoon: veld(request.body, 'persoon').trim(),
          activiteit: veld(request.body, 'activiteit'),
          medewerker: veld(request.body, 'medewerker').trim(),
          van: veld(request.body, 'van').trim(),
          tot: veld(request.body, 'tot').trim(),
        };
        const paginaNr = Number(veld(request.body, 'pagina') || '1');
        const vraag = {
          ...Object.fromEntries(Object.entries(w).filter(([, v]) => v !== '')),
          pagina: Number.isInteger(paginaNr) ? paginaNr : 0,
        };
        try {
          const resultaat = await zoekInLogboek(o, ctxVan(request), vraag);
          return web.render(
            reply,
            LogboekZoeken({ ctx: web.ctx(request), waarden: w, activiteiten: ACTIVITEIT_KEUZES, resultaat }),
          );
        } catch (e) {
          if (!(e instanceof Ongeldig)) throw e;
          return web.render(
            reply,
            LogboekZoeken({
              ctx: web.ctx(request),
              waarden: w,
              activiteiten: ACTIVITEIT_KEUZES,
              fouten: fouten(e.velden),
            }),
            400,
          );
        }
      }),
    );
    app.get(
      '/controle/logboek/sporen/:traceId',
      pre,
      pagina(async (request, reply) => {
        const traceId = String((request.params as { traceId?: string }).traceId ?? '');
        const regels = await spoorInLogboek(o, ctxVan(request), traceId);
        return web.render(reply, Spoor({ ctx: web.ctx(request), traceId, regels }));
      }),
    );

    app.get(
      '/controle/reproductie',
      pre,
      pagina(async (request, reply) => {
        const runs = await runsVoorEerlijkheid(o, ctxVan(request)).catch(() => []);
        return web.render(
          reply,
          Reproductie({
            ctx: web.ctx(request),
            waarden: { run: runs[0] ? String(runs[0].id) : '', aantal: '100', zaad: '1' },
          }),
        );
      }),
    );
    app.post(
      '/controle/reproductie',
      pre,
      pagina(async (request, reply) => {
        const waarden = {
          run: veld(request.body, 'run').trim(),
          aantal: veld(request.body, 'aantal').trim(),
          zaad: veld(request.body, 'zaad').trim(),
        };
        const getal = (s: string) => (/^\d{1,15}$/.test(s) ? Number(s) : Number.NaN);
        const vraag = { runId: getal(waarden.run), aantal: getal(waarden.aantal), zaad: getal(waarden.zaad) };
        try {
          const start = performance.now();
          const u = await reproduceerSteekproefVanRun(o, ctxVan(request), vraag);
          const sec = (performance.now() - start) / 1000;
          const perSeconde = sec > 0 ? Math.round(u.getrokken / sec) : u.getrokken;
          return web.render(
            reply,
            Reproductie({ ctx: web.ctx(request), waarden, uitkomst: { ...u, zaad: vraag.zaad, perSeconde } }),
          );
        } catch (e) {
          if (!(e instanceof Ongeldig)) throw e;
          return web.render(
            reply,
            Reproductie({ ctx: web.ctx(request), waarden, fouten: fouten(e.velden) }),
            400,
          );
        }
      }),
    );

    app.get(
      '/controle/eerlijkheid',
      pre,
      pagina(async (request, reply) => {
        const ctx = ctxVan(request);
        const runs = await runsVoorEerlijkheid(o, ctx);
        const { trend } = runs.length > 0 ? await eerlijkheidTrendVan(o, ctx, 5) : { trend: [] };
        return web.render(reply, EerlijkheidOverzicht({ ctx: web.ctx(request), runs, trend }));
      }),
    );
    app.get(
      '/controle/eerlijkheid/:id',
      pre,
      pagina(async (request, reply) => {
        const e = await eerlijkheidVanRun(o, ctxVan(request), idVan(request));
        return web.render(reply, EerlijkheidRapport({ ctx: web.ctx(request), e }));
      }),
    );
    app.get(
      '/controle/eerlijkheid/:id/csv',
      pre,
      pagina(async (request, reply) => {
        const id = idVan(request);
        const csv = await eerlijkheidCsvVanRun(o, ctxVan(request), id);
        return reply
          .type('text/csv; charset=utf-8')
          .header('Content-Disposition', `attachment; filename="eerlijkheid-run-${id}.csv"`)
          .send(csv);
      }),
    );
  };
}
