/** @module The start page: choose to see your own allowances, do a proefberekening, or log in as staff. */
import { Link } from '@utrecht/link-react';
import { Layout, type PaginaContext } from '../components/Layout';
import { Alert, Heading, Paragraph } from '../components/nlds';
import { t } from '../teksten';

export function Home({ ctx, uitgelogd }: { ctx: PaginaContext; uitgelogd: boolean }) {
  const keuzes = [
    { href: '/inloggen', titel: t('home.burger.titel'), tekst: t('home.burger.tekst') },
    { href: '/proefberekening', titel: t('home.proef.titel'), tekst: t('home.proef.tekst') },
    { href: '/medewerker/inloggen', titel: t('home.medewerker.titel'), tekst: t('home.medewerker.tekst') },
  ];
  return (
    <Layout ctx={ctx} titel={t('home.titel')}>
      {uitgelogd ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('home.uitgelogd')}</Paragraph>
        </Alert>
      ) : null}
      <Heading level={1}>{t('home.titel')}</Heading>
      <Paragraph soort="lead">{t('home.intro')}</Paragraph>
      <Heading level={2}>{t('home.kies')}</Heading>
      <ul className="rm-keuzes">
        {keuzes.map((k) => (
          <li key={k.href} className="rm-keuze">
            <Heading level={3}>
              <Link href={k.href}>{k.titel}</Link>
            </Heading>
            <Paragraph>{k.tekst}</Paragraph>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
