/**
 * @module
 * The page for a refused or failed service call: a title by HTTP status, the service's own Dutch
 * message (for staff always; for citizens except "not found", which gets the plain catalogue text
 * so nothing reveals whether someone else's record exists), and a way on.
 */
import { Link } from '@utrecht/link-react';
import { Layout, type PaginaContext } from '../components/Layout';
import { Alert, Heading, Paragraph } from '../components/nlds';
import { type TekstKey, t } from '../teksten';

const TITEL: Record<number, TekstKey> = {
  400: 'foutpagina.ongeldig',
  401: 'geenToegang.titel',
  403: 'foutpagina.geweigerd',
  404: 'foutpagina.nietGevonden',
  409: 'foutpagina.conflict',
  422: 'foutpagina.onverwerkbaar',
};

export function Foutpagina({
  ctx,
  status,
  melding,
  publiek,
}: {
  ctx: PaginaContext;
  status: number;
  melding: string;
  publiek: 'burger' | 'medewerker';
}) {
  const titel = t(TITEL[status] ?? 'fout.titel');
  const tekst = publiek === 'burger' && status === 404 ? t('foutpagina.nietGevondenTekst') : melding;
  const terug = publiek === 'burger' ? '/mijn' : '/werk';
  return (
    <Layout ctx={ctx} titel={titel}>
      <Heading level={1}>{titel}</Heading>
      <Alert type={status >= 500 ? 'error' : 'warning'}>
        <Paragraph>{tekst}</Paragraph>
      </Alert>
      <Paragraph>
        <Link href={terug}>
          {publiek === 'burger' ? t('portaal.terugOverzicht') : t('werk.terugWachtrij')}
        </Link>
      </Paragraph>
    </Layout>
  );
}
