/**
 * @module
 * The decision letter's preview (issue 14) as its own page, the letter's one h1 as the page's:
 * from the case worker's draft (with the draft carried in hidden fields, to decide from here or go
 * back and change it) or, for the team lead, from the stored proposal. The change of the amount
 * and whether it needs a team lead's approval (four-eyes) are said above the letter.
 */
import type { BezwaarBriefVoorbeeld } from '@regelmaat/diensten';
import { Link } from '@utrecht/link-react';
import { Knoppen, PostFormulier, Verzendknop } from '../../components/formulier';
import { Layout, type PaginaContext } from '../../components/Layout';
import { Alert, Paragraph } from '../../components/nlds';
import { euro } from '../../opmaak';

export function BezwaarVoorbeeld({
  ctx,
  bezwaarId,
  voorbeeld,
  concept,
}: {
  ctx: PaginaContext;
  bezwaarId: number;
  voorbeeld: BezwaarBriefVoorbeeld;
  /** The draft's form values; absent: the stored proposal (nothing to decide here). */
  concept?: Readonly<Record<string, string>>;
}) {
  const pad = `/werk/bezwaren/${bezwaarId}`;
  return (
    <Layout ctx={ctx} titel={`Voorbeeld: beslissing op bezwaar ${bezwaarId}`}>
      <Paragraph>
        <Link href={pad}>Terug naar het bezwaar</Link>
      </Paragraph>
      <Alert type="info">
        <Paragraph>Dit is een voorbeeld. De brief is nog niet verstuurd.</Paragraph>
        {voorbeeld.bedragVerschil !== undefined ? (
          <Paragraph>
            Verschil met het bedrag dat nu geldt: {euro(voorbeeld.bedragVerschil)}.{' '}
            {voorbeeld.vierOgen
              ? 'Dit is boven de drempel: een teamleider moet de beslissing goedkeuren (vier ogen).'
              : 'Dit is niet boven de drempel: de beslissing geldt meteen.'}
          </Paragraph>
        ) : null}
      </Alert>
      {/* Built by @regelmaat/brieven, which escapes every value it is filled with. */}
      <div
        className="rm-brief"
        data-testid="voorbeeld"
        dangerouslySetInnerHTML={{ __html: voorbeeld.html }}
      />
      {concept ? (
        <PostFormulier action={`${pad}/beslissing`} csrf={ctx.csrf}>
          {Object.entries(concept).map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
          <Knoppen>
            <Verzendknop>Beslissen</Verzendknop>
          </Knoppen>
        </PostFormulier>
      ) : null}
    </Layout>
  );
}
