/**
 * @module
 * Login pages: the DigiD simulation for citizens (clearly labelled, BSN with the 11-proef), the
 * staff login (user name and password), and the logout confirmation. Plain POST forms.
 */
import { Button } from '@utrecht/button-react';
import { Foutensamenvatting, type VeldFout } from '../components/Foutensamenvatting';
import { Layout, type PaginaContext } from '../components/Layout';
import { Alert, Heading, Paragraph } from '../components/nlds';
import { CsrfVeld, Tekstveld } from '../components/velden';
import { t } from '../teksten';

export function DigidInloggen({
  ctx,
  bsn,
  fouten,
}: {
  ctx: PaginaContext;
  bsn: string;
  fouten: readonly VeldFout[];
}) {
  const fout = fouten.find((f) => f.veld === 'bsn')?.melding;
  return (
    <Layout ctx={ctx} titel={t('inloggen.titel')} heeftFouten={fouten.length > 0}>
      <Heading level={1}>{t('inloggen.titel')}</Heading>
      <Alert type="warning">
        <Paragraph>{t('inloggen.simulatie')}</Paragraph>
      </Alert>
      <Foutensamenvatting fouten={fouten} />
      <form method="post" action="/inloggen" noValidate>
        <CsrfVeld token={ctx.csrf} />
        <Tekstveld
          name="bsn"
          label={t('inloggen.bsn')}
          beschrijving={t('inloggen.bsnUitleg')}
          value={bsn}
          fout={fout}
          verplicht
          inputMode="numeric"
          breedte={11}
        />
        <div className="rm-form-actions">
          <Button type="submit" appearance="primary-action-button">
            {t('inloggen.knop')}
          </Button>
        </div>
      </form>
    </Layout>
  );
}

export function MedewerkerInloggen({
  ctx,
  naam,
  fouten,
}: {
  ctx: PaginaContext;
  naam: string;
  fouten: readonly VeldFout[];
}) {
  const fout = (veld: string) => fouten.find((f) => f.veld === veld)?.melding;
  return (
    <Layout ctx={ctx} titel={t('medewerker.inloggen.titel')} heeftFouten={fouten.length > 0}>
      <Heading level={1}>{t('medewerker.inloggen.titel')}</Heading>
      <Paragraph>{t('medewerker.inloggen.intro')}</Paragraph>
      <Foutensamenvatting fouten={fouten} />
      <form method="post" action="/medewerker/inloggen" noValidate>
        <CsrfVeld token={ctx.csrf} />
        <Tekstveld
          name="naam"
          label={t('medewerker.inloggen.naam')}
          value={naam}
          fout={fout('naam')}
          verplicht
          autoComplete="username"
          breedte={20}
        />
        <Tekstveld
          name="wachtwoord"
          type="password"
          label={t('medewerker.inloggen.wachtwoord')}
          value=""
          fout={fout('wachtwoord')}
          verplicht
          autoComplete="current-password"
          breedte={20}
        />
        <div className="rm-form-actions">
          <Button type="submit" appearance="primary-action-button">
            {t('medewerker.inloggen.knop')}
          </Button>
        </div>
      </form>
    </Layout>
  );
}

export function Uitloggen({ ctx }: { ctx: PaginaContext }) {
  return (
    <Layout ctx={ctx} titel={t('uitloggen.titel')}>
      <Heading level={1}>{t('uitloggen.titel')}</Heading>
      <Paragraph>{t('uitloggen.vraag')}</Paragraph>
      <form method="post" action="/uitloggen">
        <CsrfVeld token={ctx.csrf} />
        <Button type="submit" appearance="primary-action-button">
          {t('uitloggen.knop')}
        </Button>
      </form>
    </Layout>
  );
}
