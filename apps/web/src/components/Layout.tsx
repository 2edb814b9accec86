/**
 * @module
 * The page shell every page uses: skip link, header with the neutral wordmark (never the
 * Rijksoverheid logo), main menu, demo banner, the main landmark, and a footer with the
 * accessibility statement and privacy page. `lang="nl"`; WCAG 2.1 AA: 2.4.1 (skip link),
 * 1.3.1 (landmarks), 2.4.2 (page title), 3.1.1 (language of the page).
 */

import { heeftRecht, isRol, type Recht } from '@regelmaat/toegang';
import { Button } from '@utrecht/button-react';
import { Link } from '@utrecht/link-react';
import type { ReactNode } from 'react';
import type { WebSessie as Sessie } from '../plugins/sessie';
import { t } from '../teksten';
import { PostFormulier } from './formulier';
import { SkipLink } from './nlds';

/** Whether a staff role (as the web session carries it) has a right: which menu items to show. */
const magRol = (rol: string, recht: Recht): boolean => isRol(rol) && heeftRecht(rol, recht);

export interface PaginaContext {
  readonly cssUrl: string;
  readonly jsUrl: string;
  readonly csrf: string;
  readonly sessie?: Sessie;
  /** Current path, to mark the menu item (aria-current). */
  readonly pad: string;
}

export interface LayoutProps {
  readonly ctx: PaginaContext;
  /** The page's own title; the site name is added. */
  readonly titel: string;
  /** Prefix "Fout: " when the page shows form errors (WCAG 3.3.1: errors are announced early). */
  readonly heeftFouten?: boolean;
  readonly children: ReactNode;
}

function MenuLink({ href, pad, children }: { href: string; pad: string; children: ReactNode }) {
  return (
    <li>
      <Link href={href} aria-current={pad === href ? 'page' : undefined}>
        {children}
      </Link>
    </li>
  );
}

export function Layout({ ctx, titel, heeftFouten, children }: LayoutProps) {
  const title = `${heeftFouten ? 'Fout: ' : ''}${titel} - ${t('site.naam')}`;
  return (
    <html lang="nl" className="utrecht-document regelmaat-theme">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <link rel="stylesheet" href={ctx.cssUrl} />
        <script src={ctx.jsUrl} defer />
      </head>
      <body
        className={
          ctx.pad === '/werk' || ctx.pad.startsWith('/werk/')
            ? 'utrecht-page-body rm-werkplek'
            : 'utrecht-page-body'
        }
      >
        <SkipLink href="#inhoud">{t('site.naarInhoud')}</SkipLink>
        <header className="rm-header">
          <div className="rm-wrap">
            <a className="rm-wordmark" href="/">
              <span className="rm-wordmark-mark" aria-hidden="true" />
              {t('site.naam')}
            </a>
            <nav className="rm-nav" aria-label={t('site.hoofdmenu')}>
              <ul>
                <MenuLink href="/" pad={ctx.pad}>
                  {t('site.menu.home')}
                </MenuLink>
                <MenuLink href="/proefberekening" pad={ctx.pad}>
                  {t('site.menu.proefberekening')}
                </MenuLink>
                {ctx.sessie?.soort === 'burger' ? (
                  <MenuLink href="/mijn" pad={ctx.pad}>
                    {t('site.menu.mijn')}
                  </MenuLink>
                ) : null}
                {ctx.sessie?.soort === 'medewerker' && magRol(ctx.sessie.rol, 'rapportage:lezen') ? (
                  <MenuLink
                    href={
                      magRol(ctx.sessie.rol, 'verwerkingen:lezen') ? '/controle' : '/controle/eerlijkheid'
                    }
                    pad={ctx.pad}
                  >
                    {t(
                      magRol(ctx.sessie.rol, 'verwerkingen:lezen')
                        ? 'site.menu.controle'
                        : 'site.menu.eerlijkheid',
                    )}
                  </MenuLink>
                ) : null}
                {ctx.sessie?.soort === 'medewerker' &&
                magRol(ctx.sessie.rol, 'zaak:lezen') &&
                !magRol(ctx.sessie.rol, 'verwerkingen:lezen') ? (
                  <MenuLink href="/werk" pad={ctx.pad}>
                    {t('site.menu.werk')}
                  </MenuLink>
                ) : null}
                {ctx.sessie?.soort === 'medewerker' && magRol(ctx.sessie.rol, 'signaal:lezen') ? (
                  <MenuLink href="/werk/signalen" pad={ctx.pad}>
                    {t('site.menu.signalen')}
                  </MenuLink>
                ) : null}
                {ctx.sessie?.soort === 'medewerker' && magRol(ctx.sessie.rol, 'simulatie:uitvoeren') ? (
                  <MenuLink href="/beleid/simulaties" pad={ctx.pad}>
                    {t('site.menu.simulaties')}
                  </MenuLink>
                ) : null}
                {ctx.sessie?.soort === 'medewerker' && magRol(ctx.sessie.rol, 'simulatie:uitvoeren') ? (
                  <MenuLink href="/beleid/jaar" pad={ctx.pad}>
                    {t('site.menu.jaar')}
                  </MenuLink>
                ) : null}
                {ctx.sessie?.soort === 'medewerker' && magRol(ctx.sessie.rol, 'beschikking:lezen') ? (
                  <MenuLink href="/werk/invordering" pad={ctx.pad}>
                    {t('werk.invordering.titel')}
                  </MenuLink>
                ) : null}
                {ctx.sessie?.rol === 'teamleider' ? (
                  <MenuLink href="/werk/goedkeuren" pad={ctx.pad}>
                    {t('site.menu.goedkeuren')}
                  </MenuLink>
                ) : null}
                {ctx.sessie ? (
                  <li>
                    <PostFormulier action="/uitloggen" csrf={ctx.csrf}>
                      <Button type="submit" appearance="subtle-button">
                        {t('site.menu.uitloggen')}
                      </Button>
                    </PostFormulier>
                  </li>
                ) : (
                  <MenuLink href="/inloggen" pad={ctx.pad}>
                    {t('site.menu.inloggen')}
                  </MenuLink>
                )}
              </ul>
            </nav>
          </div>
        </header>
        <div className="rm-banner">
          <div className="rm-wrap">
            <p>{t('site.demo')}</p>
            {ctx.sessie ? (
              <p className="rm-ingelogd">{t('site.ingelogdAls', { naam: ctx.sessie.naam })}</p>
            ) : null}
          </div>
        </div>
        <main id="inhoud" tabIndex={-1}>
          <div className="rm-wrap">{children}</div>
        </main>
        <footer className="rm-footer">
          <div className="rm-wrap">
            <h2>{t('site.voettekst')}</h2>
            <ul>
              <li>
                <a href="/toegankelijkheid">{t('site.toegankelijkheid')}</a>
              </li>
              <li>
                <a href="/privacy">{t('site.privacy')}</a>
              </li>
              <li>
                <a href="/algoritmeregister">{t('site.algoritmeregister')}</a>
              </li>
            </ul>
            <p>{t('site.broncode')}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
