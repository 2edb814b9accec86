/**
 * @module
 * The effect of a change on one toeslag as a message states it (a partner's report, a life event):
 * the year amount before and after, the next month, the recovery avoided or still to come, the
 * extra. Each sentence only when its value says so.
 */
import { Heading, Paragraph } from '../components/nlds';
import { euro, maandNaam } from '../opmaak';
import { type TekstKey, t } from '../teksten';

/** The sentences of an effect: as it is now decided, or as it will be if a change comes (`als`). */
const ZINNEN = {
  besloten: {
    perJaar: 'bericht.perJaar',
    perMaand: 'bericht.perMaand',
    voorkomen: 'bericht.voorkomen',
    terugNaJaar: 'bericht.terugNaJaar',
    extra: 'bericht.extra',
  },
  als: {
    perJaar: 'gebeurtenis.perJaar',
    perMaand: 'gebeurtenis.perMaand',
    voorkomen: 'gebeurtenis.voorkomen',
    terugNaJaar: 'gebeurtenis.terugNaJaar',
    extra: 'gebeurtenis.extra',
  },
} as const satisfies Record<string, Record<string, TekstKey>>;

export interface Effect {
  regeling: string;
  naam: string;
  jaarbedragNu: number;
  jaarbedragNieuw: number;
  volgendeMaand?: { maand: number; nu: number; nieuw: number };
  voorkomenTerugvordering: number;
  terugvorderingNaJaar?: number;
  extra: number;
  maatwerk: boolean;
}

export function EffectVan({ e, als = false }: { e: Effect; als?: boolean }) {
  const v = e.volgendeMaand;
  const z = ZINNEN[als ? 'als' : 'besloten'];
  return (
    <section className="rm-kaart" aria-labelledby={`bericht-${e.regeling}`} data-regeling={e.regeling}>
      <Heading level={3} id={`bericht-${e.regeling}`}>
        {e.naam}
      </Heading>
      {e.maatwerk ? (
        <Paragraph>{t('bericht.maatwerk')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t(z.perJaar, { nu: euro(e.jaarbedragNu), nieuw: euro(e.jaarbedragNieuw) })}</Paragraph>
          {v && v.nieuw !== v.nu ? (
            <Paragraph>{t(z.perMaand, { maand: maandNaam(v.maand), bedrag: euro(v.nieuw) })}</Paragraph>
          ) : null}
          {e.voorkomenTerugvordering > 0 ? (
            <Paragraph>
              <span data-testid="voorkomen">
                {t(z.voorkomen, { bedrag: euro(e.voorkomenTerugvordering) })}
              </span>
            </Paragraph>
          ) : null}
          {(e.terugvorderingNaJaar ?? 0) > 0 ? (
            <Paragraph>{t(z.terugNaJaar, { bedrag: euro(e.terugvorderingNaJaar!) })}</Paragraph>
          ) : null}
          {e.extra > 0 ? <Paragraph>{t(z.extra, { bedrag: euro(e.extra) })}</Paragraph> : null}
        </>
      )}
    </section>
  );
}
