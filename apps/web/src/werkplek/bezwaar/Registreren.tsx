/**
 * @module
 * Registering an objection that came in by post or phone (issue 14, /werk/bezwaren/nieuw), with its
 * date of receipt and, by post, the postmark date (Awb 6:9 lid 2): the objection covers every
 * decision of the same letter (Awir 37) and its receipt letter is written at once.
 */
import { Foutensamenvatting, type VeldFout } from '../../components/Foutensamenvatting';
import { Knoppen, PostFormulier, Verzendknop } from '../../components/formulier';
import { Layout, type PaginaContext } from '../../components/Layout';
import { Heading, Paragraph } from '../../components/nlds';
import { Bestandsveld, foutVoor, Keuzerondjes, Tekstvak, Tekstveld } from '../../components/velden';
import { STUK_ACCEPT, stukGrenzen } from '../../formulieren/bestanden';

export function BezwaarRegistreren({
  ctx,
  waarden,
  fouten,
}: {
  ctx: PaginaContext;
  waarden: Readonly<Record<string, string>>;
  fouten: readonly VeldFout[];
}) {
  const fout = foutVoor(fouten);
  const titel = 'Bezwaar vastleggen (post of telefoon)';
  return (
    <Layout ctx={ctx} titel={titel} heeftFouten={fouten.length > 0}>
      <Heading level={1}>{titel}</Heading>
      <Paragraph>
        Het bezwaar geldt voor alle besluiten uit dezelfde brief (Awir 37). De indiener krijgt meteen een
        ontvangstbevestiging. Een bezwaar dat na de termijn binnenkwam, wordt niet vanzelf afgewezen: u
        beoordeelt daarna of de overschrijding verschoonbaar is (Awb 6:11).
      </Paragraph>
      <Foutensamenvatting fouten={fouten} />
      <PostFormulier action="/werk/bezwaren" csrf={ctx.csrf} metBestanden>
        <Tekstveld
          name="beschikkingId"
          label="Besluitnummer (het nummer van een besluit uit de brief)"
          value={waarden.beschikkingId ?? ''}
          fout={fout('beschikkingId')}
          verplicht
          inputMode="numeric"
          breedte={10}
        />
        <Keuzerondjes
          name="kanaal"
          legend="Binnengekomen via"
          keuzes={[
            { waarde: 'post', label: 'Post' },
            { waarde: 'telefoon', label: 'Telefoon' },
          ]}
          value={waarden.kanaal ?? 'post'}
          fout={fout('kanaal')}
          verplicht
        />
        <Tekstveld
          name="ontvangenOp"
          beschrijving="Bijvoorbeeld 15-3-2026"
          label="Ontvangen op"
          value={waarden.ontvangenOp ?? ''}
          fout={fout('ontvangenOp')}
          verplicht
        />
        <Tekstveld
          name="gepostOp"
          beschrijving="Bijvoorbeeld 15-3-2026"
          label="Op de post gedaan op (poststempel, alleen bij post)"
          value={waarden.gepostOp ?? ''}
          fout={fout('gepostOp')}
        />
        <Tekstvak
          name="gronden"
          label="Gronden (leeg: pro forma, de indiener krijgt een hersteltermijn; Awb 6:6)"
          value={waarden.gronden ?? ''}
          fout={fout('gronden')}
          rijen={4}
        />
        <Bestandsveld
          name="bestanden"
          label="Meegestuurde stukken, gescand (PDF, JPG of PNG)"
          beschrijving={`Ten hoogste ${stukGrenzen().aantal} bestanden van elk ten hoogste ${stukGrenzen().mb} MB. Kies ze opnieuw als het formulier terugkomt met een fout.`}
          fout={fout('bestanden')}
          accept={STUK_ACCEPT}
          meer
        />
        <Tekstveld
          name="telefoon"
          label="Telefoon"
          value={waarden.telefoon ?? ''}
          fout={fout('telefoon')}
          breedte={15}
        />
        <Tekstveld
          name="voorkeur"
          label="Voorkeur om te bellen"
          value={waarden.voorkeur ?? ''}
          fout={fout('voorkeur')}
          breedte={30}
        />
        <Knoppen>
          <Verzendknop>Bezwaar vastleggen</Verzendknop>
        </Knoppen>
      </PostFormulier>
    </Layout>
  );
}
