import { type LevensgebeurtenisRapport, levensgebeurtenisRun } from '@regelmaat/diensten';
import { geheelGetal, ontleed } from '../argumenten';
import { metDienstOmgeving } from './dienst-omgeving';
import { type Io, nuVan } from './io';

const SOORT_NAAM: Record<keyof LevensgebeurtenisRapport['perSoort'], string> = {
  'kind-4': 'kind wordt 4 (dagopvang stopt meestal)',
  'kind-12': 'kind wordt 12',
  'kind-16': 'kind wordt 16',
  'kind-18': 'kind wordt 18',
  'opvang-einde': 'einde kinderopvang',
  'huur-einde': 'einde huur',
  aow: 'AOW-leeftijd',
  'partner-in': 'partner of medebewoner komt',
  'partner-uit': 'partner of medebewoner gaat',
  'inkomen-wijziging': 'bekende inkomenswijziging',
};

export function toonLevensgebeurtenissen(r: LevensgebeurtenisRapport): string {
  const regels = [
    `Levensgebeurtenissen, peildatum ${r.peildatum} (run ${r.runId}, ${r.klaar ? 'klaar' : 'nog niet klaar'}): ${r.huishoudens.toLocaleString('nl-NL')} huishoudens bekeken`,
    ...Object.entries(r.perSoort).map(
      ([s, n]) => `  ${SOORT_NAAM[s as keyof typeof SOORT_NAAM].padEnd(34)} ${String(n).padStart(7)}`,
    ),
    `  ${'berichten verstuurd'.padEnd(34)} ${String(r.berichten).padStart(7)}`,
    `  ${'belafspraken gepland'.padEnd(34)} ${String(r.belTaken).padStart(7)}`,
    `  ${'antwoorden: klopt / wijziging'.padEnd(34)} ${String(`${r.reacties.klopt} / ${r.reacties.wijziging}`).padStart(7)}`,
  ];
  return `${regels.join('\n')}\n`;
}

export async function levensgebeurtenissen(args: string[], io: Io): Promise<number> {
  const a = ontleed(args, { waarden: ['peildatum', 'partitie'], vlaggen: ['json'] });
  const nu = nuVan(io);
  const peildatum = a.waarden.get('peildatum') ?? nu.slice(0, 10);
  const partitiegrootte = geheelGetal(a, 'partitie', 500, 1, 100_000);
  return metDienstOmgeving(io, async (o) => {
    const r = await levensgebeurtenisRun(o, { peildatum, partitiegrootte });
    io.stdout(a.vlaggen.has('json') ? `${JSON.stringify(r)}\n` : toonLevensgebeurtenissen(r));
    return 0;
  });
}
