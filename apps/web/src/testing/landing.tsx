/**
 * @module
 * TEST WIRING ONLY: placeholder landing pages /mijn and /werk that show who is logged in, so the
 * login flows can be tested end to end. The real portal and workspace pages replace these; the
 * production `webApp` does not register them.
 */
import type { FastifyInstance } from 'fastify';
import type { WebHulp } from '../app';
import { Layout } from '../components/Layout';
import { Heading, Paragraph } from '../components/nlds';

export function testLanding(app: FastifyInstance, web: WebHulp): void {
  for (const [pad, soort, titel] of [
    ['/mijn', 'burger', 'Mijn toeslagen'],
    ['/werk', 'medewerker', 'Werkvoorraad'],
  ] as const) {
    app.get(pad, { preHandler: web.vereisInlog(soort) }, async (request, reply) => {
      const s = web.sessie(request)!;
      return web.render(
        reply,
        <Layout ctx={web.ctx(request)} titel={titel}>
          <Heading level={1}>{titel}</Heading>
          <Paragraph>
            Ingelogd: <span data-testid="naam">{s.naam}</span>, rol <span data-testid="rol">{s.rol}</span>.
          </Paragraph>
          <Paragraph>Volgende stap: deze pagina wordt gebouwd in het volgende deel.</Paragraph>
        </Layout>,
      );
    });
  }
}
