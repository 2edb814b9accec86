/**
 * @module
 * The household's personal guide on /werk/invordering (issue 15): who guides it and the next contact
 * moment, or — without a guide — which of the cited criteria (`BEGELEIDING`, to be confirmed) hold
 * for this household and, for a team lead of team Invordering, the form to assign a guide of that
 * team. The criteria shown come from the service (`begeleidingCriteria`), never from the form; the
 * service checks the right, the guide and the reason again.
 */
import { BEGELEIDING, type Begeleiding, type BegeleidingReden } from '@regelmaat/diensten';
import { Foutensamenvatting, type VeldFout } from '../../components/Foutensamenvatting';
import { Knoppen, PostFormulier, Verzendknop } from '../../components/formulier';
import { Heading, Paragraph } from '../../components/nlds';
import { foutVoor, Keuzelijst, Keuzerondjes } from '../../components/velden';
import { datum, euro } from '../../opmaak';
import { t } from '../../teksten';

export interface BegeleiderGegevens {
  redenen: readonly BegeleidingReden[];
  begeleiding: Begeleiding | null;
  /** The guide's name (staff names are no citizen data). */
  naam?: string;
  /** The guides to choose from, when the viewer may assign one (team lead of Invordering). */
  kandidaten?: readonly { id: string; naam: string }[];
}

export interface BegeleiderInvoer {
  waarden: Readonly<Record<string, string>>;
  fouten: readonly VeldFout[];
}

const redenNaam = (r: BegeleidingReden) => t(`werk.begeleiding.r.${r}`);

export function BegeleiderSectie({
  g,
  bsn,
  csrf,
  vandaag,
  invoer,
}: {
  g: BegeleiderGegevens;
  bsn: string;
  csrf: string;
  vandaag: string;
  invoer?: BegeleiderInvoer;
}) {
  const b = g.begeleiding;
  const fout = foutVoor(invoer?.fouten ?? []);
  const keuzes: BegeleidingReden[] = [...g.redenen.filter((r) => r !== 'op-verzoek'), 'op-verzoek'];
  const volgend = b?.contactmomenten.find((m) => m.geplandOp >= vandaag && m.notitie === null);
  return (
    <section aria-labelledby="begeleider" data-begeleider={b ? b.begeleider : ''}>
      <Heading level={3} id="begeleider">
        {t('werk.begeleiding.kop')}
      </Heading>
      {b ? (
        <>
          <Paragraph>
            <strong>
              {t('werk.begeleiding.heeft', {
                naam: g.naam ?? b.begeleider,
                datum: datum(b.gestartOp.slice(0, 10)),
                reden: redenNaam(b.reden),
              })}
            </strong>
          </Paragraph>
          <Paragraph>
            {volgend
              ? t('werk.begeleiding.volgend', { datum: datum(volgend.geplandOp) })
              : t('werk.begeleiding.geenVolgend')}
          </Paragraph>
        </>
      ) : (
        <>
          <Paragraph>{t('werk.begeleiding.geen')}</Paragraph>
          <Paragraph>
            {t('werk.begeleiding.criterium', {
              grens: euro(BEGELEIDING.hogeTerugvordering),
              bron: BEGELEIDING.bron,
            })}
            {BEGELEIDING.teBevestigen ? ` ${t('werk.begeleiding.teBevestigen')}` : ''}
          </Paragraph>
          <div data-redenen={g.redenen.join(' ')}>
            <Paragraph>
              {g.redenen.length > 0
                ? t('werk.begeleiding.gelden', { redenen: g.redenen.map(redenNaam).join(', ') })
                : t('werk.begeleiding.geldtGeen')}
            </Paragraph>
          </div>
          {g.kandidaten ? (
            <>
              <Foutensamenvatting fouten={invoer?.fouten ?? []} />
              <PostFormulier action="/werk/invordering/begeleiding" csrf={csrf}>
                <input type="hidden" name="bsn" value={bsn} />
                <Keuzelijst
                  name="begeleider"
                  label={t('werk.begeleiding.wie')}
                  value={invoer?.waarden.begeleider ?? ''}
                  keuzes={[
                    { waarde: '', label: t('werk.begeleiding.kies') },
                    ...g.kandidaten.map((k) => ({ waarde: k.id, label: k.naam })),
                  ]}
                  fout={fout('begeleider')}
                />
                <Keuzerondjes
                  name="reden"
                  legend={t('werk.begeleiding.reden')}
                  keuzes={keuzes.map((r) => ({ waarde: r, label: redenNaam(r) }))}
                  value={invoer?.waarden.reden ?? keuzes[0]!}
                  fout={fout('reden')}
                />
                <Knoppen>
                  <Verzendknop>{t('werk.begeleiding.aanwijzen')}</Verzendknop>
                </Knoppen>
              </PostFormulier>
            </>
          ) : (
            <Paragraph>{t('werk.begeleiding.alleenTeamleider')}</Paragraph>
          )}
        </>
      )}
    </section>
  );
}
