/**
 * @module
 * The shape of the portal's list pages ("Mijn zaken", "Wat is er met mijn gegevens gedaan?"): the
 * title, a lead, the table or, when there is nothing yet, a sentence that says so (B1), and the
 * way back to the overview; and that way back on its own, for the other portal pages.
 */
import { Link } from '@utrecht/link-react';
import type { ReactNode } from 'react';
import { Layout, type PaginaContext } from '../components/Layout';
import { Heading, Paragraph } from '../components/nlds';
import { t } from '../teksten';

/** "Terug naar het overzicht": the link back to /mijn. */
export function TerugNaarOverzicht() {
  return (
    <Paragraph>
      <Link href="/mijn">{t('portaal.terugOverzicht')}</Link>
    </Paragraph>
  );
}

export function Lijstpagina({
  ctx,
  titel,
  intro,
  leeg,
  children,
}: {
  ctx: PaginaContext;
  titel: string;
  intro: string;
  /** The sentence for an empty list; shown instead of `children` when it is given. */
  leeg?: string | undefined;
  children: ReactNode;
}) {
  return (
    <Layout ctx={ctx} titel={titel}>
      <Heading level={1}>{titel}</Heading>
      <Paragraph soort="lead">{intro}</Paragraph>
      {leeg ? <Paragraph>{leeg}</Paragraph> : children}
      <TerugNaarOverzicht />
    </Layout>
  );
}
