/**
 * @module
 * Logging in and out on the web: citizens through the labelled DigiD simulation (only when the
 * config switches it on), staff with user name and password, both on the services of
 * @regelmaat/diensten with the API's own request schemas (`DigidVerzoek`, `MedewerkerInlogVerzoek`).
 * The token is the service's signed session token, kept in an HttpOnly SameSite=Lax cookie;
 * logging out revokes it on the server. Login posts are rate limited per IP address; the account
 * lockout of the services holds across processes.
 */
import {
  DienstFout,
  DigidVerzoek,
  geldigeSessie,
  inloggenDigid,
  inloggenMedewerker,
  MedewerkerInlogVerzoek,
  type Omgeving,
  TeVaak,
  uitloggen,
} from '@regelmaat/diensten';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_COOKIE, nieuwCsrfToken } from '../auth/csrf';
import type { VeldFout } from '../components/Foutensamenvatting';
import type { WebConfig } from '../config';
import { leesMetSchema } from '../formulieren/schema-formulier';
import { veld } from '../formulieren/verzoek';
import { tekstOfNiets } from '../formulieren/waarden';
import { DigidInloggen, MedewerkerInloggen, Uitloggen } from '../pages/Inloggen';
import { Melding } from '../pages/Melding';
import { t } from '../teksten';
import { foutmelding } from '../teksten/foutmeldingen';
import { type Staten, staatVan, type WebHulp } from './hulp';
import { type CookieOpties, SESSIE_COOKIE } from './sessie';

/**
 * Login form posts per IP address per minute (per process); beyond it a Dutch page with the wait
 * (429, Retry-After). The per-account lockout of the services holds across processes.
 */
export const WEB_INLOG_LIMIET = { max: 30, vensterSeconden: 60 } as const;
const limiet = {
  config: { rateLimit: { max: WEB_INLOG_LIMIET.max, timeWindow: WEB_INLOG_LIMIET.vensterSeconden * 1000 } },
};

const digidFormulier = {
  velden: ['bsn'],
  veldVan: (pad: string) => (pad === 'bsn' ? 'bsn' : undefined),
  melding: (_veld: string, code: string) =>
    code === 'verplicht' ? foutmelding.verplicht(t('inloggen.veld.bsn')) : t('fout.bsn'),
};

const medewerkerFormulier = {
  velden: ['naam', 'wachtwoord'],
  veldVan: (pad: string) =>
    pad === 'gebruikersnaam' ? 'naam' : pad === 'wachtwoord' ? 'wachtwoord' : undefined,
  melding: (v: string, code: string) =>
    code !== 'verplicht'
      ? t('medewerker.fout.teLang')
      : v === 'naam'
        ? t('medewerker.fout.naam')
        : t('medewerker.fout.wachtwoord'),
};

/** A refusal of the service as a message on the form, or the wait when it is a lockout. */
function weigering(e: unknown): { melding: string; wachtSeconden?: number } {
  if (e instanceof TeVaak) return { melding: e.message, wachtSeconden: e.wachtSeconden };
  if (e instanceof DienstFout) return { melding: e.message };
  throw e;
}

export function inloggen(
  app: FastifyInstance,
  o: Omgeving,
  config: WebConfig,
  hulp: WebHulp,
  staten: Staten,
  cookieOpties: CookieOpties,
): void {
  /** After login or logout: a new CSRF token, so a token seen before cannot be reused. */
  const nieuweCsrf = (request: FastifyRequest, reply: FastifyReply) => {
    staatVan(staten, request).csrf = nieuwCsrfToken();
    reply.setCookie(CSRF_COOKIE, staatVan(staten, request).csrf, cookieOpties);
  };
  const ingelogd = (request: FastifyRequest, reply: FastifyReply, token: string, naar: string) => {
    reply.setCookie(SESSIE_COOKIE, token, cookieOpties);
    nieuweCsrf(request, reply);
    return reply.redirect(naar, 303);
  };

  // DigiD simulation: only when switched on in the config.
  const digidUit = (request: FastifyRequest, reply: FastifyReply) =>
    hulp.render(
      reply,
      Melding({ ctx: hulp.ctx(request), titel: 'inloggen.uit', tekst: 'inloggen.uitUitleg' }),
      404,
    );
  app.get('/inloggen', async (request, reply) =>
    config.digidSimulatie
      ? hulp.render(reply, DigidInloggen({ ctx: hulp.ctx(request), bsn: '', fouten: [] }))
      : digidUit(request, reply),
  );
  app.post('/inloggen', limiet, async (request, reply) => {
    if (!config.digidSimulatie) return digidUit(request, reply);
    const bsn = veld(request.body, 'bsn').replace(/[\s.]/g, '').slice(0, 20);
    const opnieuw = (fouten: VeldFout[]) =>
      hulp.render(reply, DigidInloggen({ ctx: hulp.ctx(request), bsn, fouten }), 400);
    // An 8-digit BSN has lost its leading zero.
    const r = leesMetSchema(
      DigidVerzoek,
      { bsn: tekstOfNiets(/^\d{8}$/.test(bsn) ? `0${bsn}` : bsn) },
      digidFormulier,
    );
    if (!r.ok) return opnieuw(r.fouten);
    try {
      return ingelogd(request, reply, inloggenDigid(o, r.waarde).token, '/mijn');
    } catch (e) {
      const w = weigering(e);
      return w.wachtSeconden
        ? hulp.teVaak(request, reply, w.wachtSeconden)
        : opnieuw([{ veld: 'bsn', melding: w.melding }]);
    }
  });

  app.get('/medewerker/inloggen', async (request, reply) =>
    hulp.render(reply, MedewerkerInloggen({ ctx: hulp.ctx(request), naam: '', fouten: [] })),
  );
  app.post('/medewerker/inloggen', limiet, async (request, reply) => {
    const naam = veld(request.body, 'naam').slice(0, 200);
    const opnieuw = (fouten: VeldFout[]) =>
      hulp.render(
        reply,
        MedewerkerInloggen({ ctx: hulp.ctx(request), naam: naam.slice(0, 100), fouten }),
        400,
      );
    const wachtwoord = (request.body as Record<string, unknown> | undefined)?.wachtwoord;
    const r = leesMetSchema(
      MedewerkerInlogVerzoek,
      {
        gebruikersnaam: tekstOfNiets(naam),
        wachtwoord: typeof wachtwoord === 'string' && wachtwoord ? wachtwoord : undefined,
      },
      medewerkerFormulier,
    );
    if (!r.ok) return opnieuw(r.fouten);
    try {
      const i = await inloggenMedewerker(o, r.waarde);
      // Citizens and partner clients have no workspace.
      if (i.sessie.rol === 'partner' || i.sessie.rol === 'burger')
        return opnieuw([{ veld: 'naam', melding: t('medewerker.fout.geenWerkomgeving') }]);
      return ingelogd(request, reply, i.token, '/werk');
    } catch (e) {
      const w = weigering(e);
      return w.wachtSeconden
        ? hulp.teVaak(request, reply, w.wachtSeconden)
        : opnieuw([{ veld: 'naam', melding: w.melding }]);
    }
  });

  app.get('/uitloggen', async (request, reply) => hulp.render(reply, Uitloggen({ ctx: hulp.ctx(request) })));
  app.post('/uitloggen', async (request, reply) => {
    const token = staatVan(staten, request).sessieToken;
    const s = token ? await geldigeSessie(o, token) : undefined;
    if (s) await uitloggen(o, s);
    reply.clearCookie(SESSIE_COOKIE, { path: '/' });
    nieuweCsrf(request, reply);
    return reply.redirect('/?uitgelogd=1', 303);
  });
}
