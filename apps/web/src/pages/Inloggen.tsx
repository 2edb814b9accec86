/**
 * @module
 * Login pages: the DigiD simulation for citizens (clearly labelled, BSN with the 11-proef), the
 * staff login (user name and password), and the logout confirmation. Plain POST forms.
 */
import { Foutensamenvatting, type VeldFout } from '../components/Foutensamenvatting';
import { Knoppen, PostFormulier, Verzendknop } from '../components/formulier';
import { Layout, type PaginaContext } from '../components/Layout';
import { Alert, Heading, Paragraph } from '../components/nlds';
import { foutVoor, Tekstveld } from '../components/velden';
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
  const fout = foutVoor(fouten)('bsn');
  return (
    <Layout ctx={ctx} titel={t('inloggen.titel')} heeftFouten={fouten.length > 0}>
      <Heading level={1}>{t('inloggen.titel')}</Heading>
      <Alert type="warning">
        <Paragraph>{t('inloggen.simulatie')}</Paragraph>
      </Alert>
      <Foutensamenvatting fouten={fouten} />
      <PostFormulier action="/inloggen" csrf={ctx.csrf}>
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
        <Knoppen>
          <Verzendknop>{t('inloggen.knop')}</Verzendknop>
        </Knoppen>
      </PostFormulier>
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
  const fout = foutVoor(fouten);
  return (
    <Layout ctx={ctx} titel={t('medewerker.inloggen.titel')} heeftFouten={fouten.length > 0}>
      <Heading level={1}>{t('medewerker.inloggen.titel')}</Heading>
      <Paragraph>{t('medewerker.inloggen.intro')}</Paragraph>
      <Foutensamenvatting fouten={fouten} />
      <PostFormulier action="/medewerker/inloggen" csrf={ctx.csrf}>
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
        <Knoppen>
          <Verzendknop>{t('medewerker.inloggen.knop')}</Verzendknop>
        </Knoppen>
      </PostFormulier>
    </Layout>
  );
}

export function Uitloggen({ ctx }: { ctx: PaginaContext }) {
  return (
    <Layout ctx={ctx} titel={t('uitloggen.titel')}>
      <Heading level={1}>{t('uitloggen.titel')}</Heading>
      <Paragraph>{t('uitloggen.vraag')}</Paragraph>
      <PostFormulier action="/uitloggen" csrf={ctx.csrf}>
        <Verzendknop>{t('uitloggen.knop')}</Verzendknop>
      </PostFormulier>
    </Layout>
  );
}
