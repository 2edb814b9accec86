/**
 * @module
 * `beleidPaginas(o)`: the policy analyst's simulations under /beleid/simulaties on the services of
 * @regelmaat/diensten (`hervormingen`, `startSimulatie`, `simulatie`): choose a shipped reform, run
 * it, follow it and read the result. Staff login; the services check `simulatie:uitvoeren`.
 */
import {
  Conflict,
  hervormingen,
  jaarsimulatie,
  jaarsimulatieLijst,
  maakScenario,
  type Omgeving,
  Ongeldig,
  ScenarioVerzoek,
  SimulatieVerzoek,
  scenarioPagina,
  scenarios,
  simulatie,
  simulatieLijst,
  simuleerScenario,
  startJaarsimulatie,
  startSimulatie,
  valideer,
} from '@regelmaat/diensten';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebHulp } from '../app';
import type { VeldFout } from '../components/Foutensamenvatting';
import { dienstCtx, metFouten } from '../diensten/context';
import { leesMetSchema } from '../formulieren/schema-formulier';
import { idVan, lijstVeld, veld } from '../formulieren/verzoek';
import { type TekstKey, t } from '../teksten';
import { resultaatAlsCsv } from './export';
import { JaarLijst, JaarPagina } from './Jaar';
import { NieuwScenario, ScenarioLijst, ScenarioPagina } from './Scenarios';
import { SimulatieLijst, SimulatiePagina } from './Simulaties';
import { VergelijkPagina } from './Vergelijking';

/** The two runs to compare (their numbers). */
const VergelijkVraag = z.object({
  a: z.coerce.number().int().positive(),
  b: z.coerce.number().int().positive(),
});

/** A whole number typed in a form field, within bounds; otherwise undefined. */
function geheelGetal(tekst: string, min: number, max: number): number | undefined {
  if (!/^\d{1,10}$/.test(tekst)) return undefined;
  const n = Number(tekst);
  return n >= min && n <= max ? n : undefined;
}

const SCENARIO_VELDEN = ['naam', 'beschrijving', 'hervorming'] as const;
const scenarioFormulier = {
  velden: SCENARIO_VELDEN,
  veldVan: (pad: string) => SCENARIO_VELDEN.find((v) => v === pad.split('.')[0]),
  melding: (veld: string, code: string, reden: string) =>
    code === 'te-lang' ? reden : t(`beleid.scenario.fout.${veld}` as TekstKey),
};

export function beleidPaginas(o: Omgeving) {
  return (app: FastifyInstance, web: WebHulp): void => {
    const pre = { preHandler: web.vereisInlog('medewerker') };
    const pagina = (h: Parameters<typeof metFouten>[2]) => metFouten(web, 'medewerker', h);
    const ctxVan = (request: FastifyRequest) => dienstCtx(o, web, request);

    app.get(
      '/beleid/simulaties',
      pre,
      pagina(async (request, reply) =>
        web.render(
          reply,
          SimulatieLijst({
            ctx: web.ctx(request),
            lijst: hervormingen(o, ctxVan(request)),
            runs: simulatieLijst(o, ctxVan(request)),
          }),
        ),
      ),
    );

    app.post(
      '/beleid/simulaties',
      pre,
      pagina(async (request, reply) => {
        const vraag = valideer(SimulatieVerzoek, { hervorming: veld(request.body, 'hervorming') });
        const s = startSimulatie(o, ctxVan(request), vraag);
        return reply.redirect(`/beleid/simulaties/${s.id}`, 303);
      }),
    );

    // The year simulation (issue 20): the form and the runs, start one, a run's page.
    const jaarVarianten = () => o.jaarsimulaties?.varianten ?? [];
    app.get(
      '/beleid/jaar',
      pre,
      pagina(async (request, reply) =>
        web.render(
          reply,
          JaarLijst({
            ctx: web.ctx(request),
            runs: jaarsimulatieLijst(o, ctxVan(request)),
            varianten: jaarVarianten(),
          }),
        ),
      ),
    );

    app.post(
      '/beleid/jaar',
      pre,
      pagina(async (request, reply) => {
        const ctx = ctxVan(request);
        const waarden = {
          huishoudens: veld(request.body, 'huishoudens'),
          seed: veld(request.body, 'seed'),
          varianten: lijstVeld(request.body, 'varianten'),
        };
        const huishoudens = geheelGetal(waarden.huishoudens, 1, 2000);
        const seed = geheelGetal(waarden.seed, 0, 2 ** 31 - 1);
        const fouten: VeldFout[] = [
          ...(huishoudens === undefined
            ? [{ veld: 'huishoudens', melding: t('beleid.jaar.fout.huishoudens') }]
            : []),
          ...(waarden.varianten.length === 0
            ? [{ veld: 'varianten', melding: t('beleid.jaar.fout.varianten') }]
            : []),
          ...(seed === undefined ? [{ veld: 'seed', melding: t('beleid.jaar.fout.seed') }] : []),
        ];
        if (fouten.length > 0 || huishoudens === undefined || seed === undefined)
          return web.render(
            reply,
            JaarLijst({
              ctx: web.ctx(request),
              runs: jaarsimulatieLijst(o, ctx),
              varianten: jaarVarianten(),
              fouten,
              waarden,
            }),
            400,
          );
        const s = startJaarsimulatie(o, ctx, { huishoudens, seed, varianten: waarden.varianten });
        return reply.redirect(`/beleid/jaar/${s.id}`, 303);
      }),
    );

    app.get(
      '/beleid/jaar/:id',
      pre,
      pagina(async (request, reply) =>
        web.render(
          reply,
          JaarPagina({ ctx: web.ctx(request), stand: jaarsimulatie(o, ctxVan(request), idVan(request)) }),
        ),
      ),
    );

    app.get(
      '/beleid/scenarios',
      pre,
      pagina(async (request, reply) =>
        web.render(
          reply,
          ScenarioLijst({ ctx: web.ctx(request), lijst: await scenarios(o, ctxVan(request)) }),
        ),
      ),
    );

    app.get(
      '/beleid/scenarios/nieuw',
      pre,
      pagina(async (request, reply) => web.render(reply, NieuwScenario({ ctx: web.ctx(request) }))),
    );

    // Save: the schema decides per field; the service checks the YAML against the law and names
    // each problem's line, all of them under the field of the YAML.
    app.post(
      '/beleid/scenarios',
      pre,
      pagina(async (request, reply) => {
        const waarden = Object.fromEntries(SCENARIO_VELDEN.map((v) => [v, veld(request.body, v) ?? '']));
        const toon = (fouten: VeldFout[]) =>
          web.render(reply, NieuwScenario({ ctx: web.ctx(request), fouten, waarden }), 400);
        const r = leesMetSchema(ScenarioVerzoek, waarden, scenarioFormulier);
        if (!r.ok) return toon(r.fouten);
        try {
          const s = await maakScenario(o, ctxVan(request), r.waarde);
          return reply.redirect(`/beleid/scenarios/${s.id}?gedaan=opgeslagen`, 303);
        } catch (e) {
          if (!(e instanceof Ongeldig)) throw e;
          const yaml = e.velden.filter((v) => v.naam === 'hervorming').map((v) => v.reden);
          if (yaml.length === 0) throw e;
          return toon([
            { veld: 'hervorming', melding: t('beleid.scenario.fout.yaml', { problemen: yaml.join('; ') }) },
          ]);
        }
      }),
    );

    app.get(
      '/beleid/scenarios/:id',
      pre,
      pagina(async (request, reply) => {
        const s = await scenarioPagina(o, ctxVan(request), idVan(request));
        const gedaan = (request.query as Record<string, unknown> | undefined)?.gedaan === 'opgeslagen';
        return web.render(
          reply,
          ScenarioPagina({
            ctx: web.ctx(request),
            s,
            ...(gedaan ? { melding: t('beleid.scenario.opgeslagen') } : {}),
          }),
        );
      }),
    );

    app.post(
      '/beleid/scenarios/:id/simulaties',
      pre,
      pagina(async (request, reply) => {
        const s = await simuleerScenario(o, ctxVan(request), idVan(request));
        return reply.redirect(`/beleid/simulaties/${s.id}`, 303);
      }),
    );

    app.get(
      '/beleid/simulaties/vergelijk',
      pre,
      pagina(async (request, reply) => {
        const q = valideer(VergelijkVraag, request.query ?? {});
        if (q.a === q.b) throw new Ongeldig([{ naam: 'b', reden: t('beleid.vergelijk.zelfde') }]);
        const [a, b] = [q.a, q.b].map((id) => {
          const s = simulatie(o, ctxVan(request), id);
          if (s.status !== 'klaar' || !s.resultaat)
            throw new Conflict('niet-toegestaan', t('beleid.vergelijk.niet-klaar', { id: String(id) }));
          return s;
        });
        return web.render(reply, VergelijkPagina({ ctx: web.ctx(request), a: a!, b: b! }));
      }),
    );

    // The result to download: the JSON is the result itself, the CSV every figure as a row.
    for (const soort of ['json', 'csv'] as const)
      app.get(
        `/beleid/simulaties/:id/resultaat.${soort}`,
        pre,
        pagina(async (request, reply) => {
          const s = simulatie(o, ctxVan(request), idVan(request));
          if (s.status !== 'klaar' || !s.resultaat)
            throw new Conflict('niet-toegestaan', t('beleid.vergelijk.niet-klaar', { id: String(s.id) }));
          const naam = `simulatie-${s.id}.${soort}`;
          reply.header('content-disposition', `attachment; filename="${naam}"`);
          if (soort === 'json')
            return reply.type('application/json; charset=utf-8').send(JSON.stringify(s.resultaat, null, 2));
          return reply.type('text/csv; charset=utf-8').send(resultaatAlsCsv(s.resultaat));
        }),
      );

    app.get(
      '/beleid/simulaties/:id',
      pre,
      pagina(async (request, reply) => {
        const s = simulatie(o, ctxVan(request), idVan(request));
        return web.render(reply, SimulatiePagina({ ctx: web.ctx(request), stand: s }));
      }),
    );
  };
}
