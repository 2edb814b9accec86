/**
 * @module
 * `/werk/invordering` (issue 15): a household's recoveries, ledger and plan by BSN (the read is
 * logged by the service for each person), the team's counts for whoever may read reports, and a
 * plan entered for the person on the phone (preview first, then record; `contact:vastleggen`). The
 * services check every right again.
 */
import {
  BEGELEIDING_REDENEN,
  BEGELEIDING_TEAM,
  type BegeleidingReden,
  begeleidingCriteria,
  begeleidingStarten,
  caseload,
  contactNoteren,
  DienstFout,
  Draagkracht,
  invorderingCijfers,
  medewerkerNamen,
  type Omgeving,
  Ongeldig,
  regelingAanvragen,
  regelingVoorbeeld,
  teamleden,
  terugbetalenVan,
} from '@regelmaat/diensten';
import { heeftRecht } from '@regelmaat/toegang';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebHulp } from '../../app';
import type { VeldFout } from '../../components/Foutensamenvatting';
import { dienstCtx, dienstSessie, metFouten } from '../../diensten/context';
import { leesMetSchema, type SchemaFormulier } from '../../formulieren/schema-formulier';
import { idVan, queryVan, veld } from '../../formulieren/verzoek';
import { centenUit } from '../../formulieren/waarden';
import type { BegeleiderGegevens, BegeleiderInvoer } from './Begeleider';
import { CaseloadPagina } from './Caseload';
import { InvorderingPagina, type TelefoonInvoer } from './InvorderingPagina';
import { zienswijzeWerkRoutes } from './zienswijze-routes';

const Vraag = z.object({
  bsn: z.string().trim().max(20).optional().catch(undefined),
  vastgelegd: z.literal('1').optional().catch(undefined),
  begeleid: z.literal('1').optional().catch(undefined),
});

const BEDRAGEN = ['inkomen', 'woonlasten', 'zorgkosten', 'overigeLasten'] as const;

const formulier: SchemaFormulier = {
  velden: ['leefsituatie', ...BEDRAGEN],
  veldVan: (pad) => ((['leefsituatie', ...BEDRAGEN] as string[]).includes(pad) ? pad : undefined),
  melding: (veld, _code, reden) => `${veld}: ${reden}`,
};

export function invorderingRoutes(o: Omgeving, app: FastifyInstance, web: WebHulp): void {
  const pre = { preHandler: web.vereisInlog('medewerker') };
  zienswijzeWerkRoutes(o, app, web);
  const toon = async (
    request: FastifyRequest,
    reply: FastifyReply,
    bsn: string,
    extra: {
      invoer?: TelefoonInvoer;
      vastgelegd?: boolean;
      begeleid?: boolean;
      begeleiderInvoer?: BegeleiderInvoer;
    } = {},
    status = 200,
  ) => {
    const ctx = dienstCtx(o, web, request);
    const s = dienstSessie(ctx);
    const cijfers = heeftRecht(s.rol, 'rapportage:lezen') ? await invorderingCijfers(o, ctx) : undefined;
    const data = bsn ? await terugbetalenVan(o, ctx, { bsn }) : undefined;
    let begeleider: BegeleiderGegevens | undefined;
    if (data) {
      const c = await begeleidingCriteria(o, ctx, bsn);
      const namen = await medewerkerNamen(o, ctx);
      const mag = s.rol === 'teamleider' && s.team === BEGELEIDING_TEAM && !c.begeleiding;
      begeleider = {
        redenen: c.redenen,
        begeleiding: c.begeleiding,
        ...(c.begeleiding ? { naam: namen.get(c.begeleiding.begeleider) ?? c.begeleiding.begeleider } : {}),
        ...(mag
          ? {
              kandidaten: (await teamleden(o, ctx, BEGELEIDING_TEAM)).map((m) => ({
                id: m.id,
                naam: m.naam,
              })),
            }
          : {}),
      };
    }
    return web.render(
      reply,
      InvorderingPagina({
        ctx: web.ctx(request),
        bsn,
        vandaag: o.klok().slice(0, 10),
        ...(data ? { data } : {}),
        ...(begeleider ? { begeleider } : {}),
        ...(cijfers ? { cijfers } : {}),
        ...extra,
      }),
      status,
    );
  };

  app.get(
    '/werk/invordering',
    pre,
    metFouten(web, 'medewerker', async (request, reply) => {
      const q = queryVan(request, Vraag);
      return toon(request, reply, q.bsn ?? '', {
        vastgelegd: q.vastgelegd === '1',
        begeleid: q.begeleid === '1',
      });
    }),
  );

  app.post(
    '/werk/invordering/begeleiding',
    pre,
    metFouten(web, 'medewerker', async (request, reply) => {
      const bsn = veld(request.body, 'bsn').trim().slice(0, 20);
      const waarden = {
        begeleider: veld(request.body, 'begeleider').slice(0, 100),
        reden: veld(request.body, 'reden').slice(0, 40),
      };
      const opnieuw = (fouten: VeldFout[], status: number) =>
        toon(request, reply, bsn, { begeleiderInvoer: { waarden, fouten } }, status);
      const fouten: VeldFout[] = [];
      if (waarden.begeleider === '') fouten.push({ veld: 'begeleider', melding: 'Kies een begeleider.' });
      if (!(BEGELEIDING_REDENEN as readonly string[]).includes(waarden.reden))
        fouten.push({ veld: 'reden', melding: 'Kies een reden.' });
      if (fouten.length > 0) return opnieuw(fouten, 400);
      try {
        await begeleidingStarten(o, dienstCtx(o, web, request), {
          bsn,
          begeleider: waarden.begeleider,
          reden: waarden.reden as BegeleidingReden,
        });
      } catch (e) {
        if (e instanceof Ongeldig)
          return opnieuw(
            e.velden.map((v) => ({
              ...(v.naam === 'begeleider' || v.naam === 'reden' ? { veld: v.naam } : {}),
              melding: `${v.naam === 'begeleider' ? 'Begeleider' : v.naam === 'reden' ? 'Reden' : v.naam}: ${v.reden}`,
            })),
            400,
          );
        if (e instanceof DienstFout && e.status === 409) return opnieuw([{ melding: e.message }], 409);
        throw e;
      }
      return reply.redirect(`/werk/invordering?bsn=${encodeURIComponent(bsn)}&begeleid=1`, 303);
    }),
  );

  app.post(
    '/werk/invordering/:id/regeling',
    pre,
    metFouten(web, 'medewerker', async (request, reply) => {
      const vorderingId = idVan(request);
      const bsn = veld(request.body, 'bsn').slice(0, 20);
      const waarden: Record<string, string> = {
        soort: veld(request.body, 'soort') === 'standaard' ? 'standaard' : 'persoonlijk',
        leefsituatie: veld(request.body, 'leefsituatie').slice(0, 10),
      };
      for (const k of BEDRAGEN) waarden[k] = veld(request.body, k).slice(0, 30);
      const opnieuw = (fouten: VeldFout[], status: number, voorbeeld?: TelefoonInvoer['voorbeeld']) =>
        toon(
          request,
          reply,
          bsn,
          { invoer: { vorderingId, waarden, fouten, ...(voorbeeld ? { voorbeeld } : {}) } },
          status,
        );
      const ctx = dienstCtx(o, web, request);
      const vastleggen = veld(request.body, 'actie') === 'vastleggen';
      try {
        if (waarden.soort === 'standaard') {
          if (vastleggen) await regelingAanvragen(o, ctx, vorderingId, { soort: 'standaard', bsn });
          else return opnieuw([], 200);
        } else {
          const r = leesMetSchema(
            Draagkracht,
            {
              leefsituatie: waarden.leefsituatie || undefined,
              ...Object.fromEntries(BEDRAGEN.map((k) => [k, centenUit(waarden[k])])),
            },
            formulier,
          );
          if (!r.ok) return opnieuw(r.fouten, 400);
          if (!vastleggen)
            return opnieuw(
              [],
              200,
              await regelingVoorbeeld(o, ctx, vorderingId, { bsn, draagkracht: r.waarde }),
            );
          await regelingAanvragen(o, ctx, vorderingId, { soort: 'persoonlijk', bsn, draagkracht: r.waarde });
        }
      } catch (e) {
        if (e instanceof DienstFout && (e.status === 409 || e.status === 422))
          return opnieuw([{ melding: e.message }], e.status);
        throw e;
      }
      return reply.redirect(`/werk/invordering?bsn=${encodeURIComponent(bsn)}&vastgelegd=1`, 303);
    }),
  );

  app.get(
    '/werk/begeleiding',
    pre,
    metFouten(web, 'medewerker', async (request, reply) => {
      const q = queryVan(
        request,
        z.object({ begeleider: z.string().max(100).optional(), genoteerd: z.string().optional() }),
      );
      const ctx = dienstCtx(o, web, request);
      const c = await caseload(o, ctx, q.begeleider ? { begeleider: q.begeleider } : {});
      return web.render(
        reply,
        CaseloadPagina({
          ctx: web.ctx(request),
          naam: c.naam,
          regels: c.regels,
          eigen: c.begeleider === dienstSessie(ctx).id,
          genoteerd: q.genoteerd === '1',
        }),
      );
    }),
  );

  app.post(
    '/werk/begeleiding/contactmomenten/:id',
    pre,
    metFouten(web, 'medewerker', async (request, reply) => {
      await contactNoteren(o, dienstCtx(o, web, request), {
        contactmomentId: idVan(request),
        notitie: veld(request.body, 'notitie').slice(0, 2000),
      });
      return reply.redirect('/werk/begeleiding?genoteerd=1', 303);
    }),
  );
}
