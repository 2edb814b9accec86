/**
 * @module
 * Progress on standard error: a redrawn bar on a terminal, a line every 10% otherwise (logs, CI).
 */

export function voortgangsbalk(
  label: string,
  schrijf: (s: string) => void,
  isTty = Boolean(process.stderr.isTTY),
) {
  const start = performance.now();
  let laatsteTiende = -1;
  return (klaar: number, totaal: number, eenheid = 'huishoudens') => {
    const fractie = totaal === 0 ? 1 : klaar / totaal;
    const sec = (performance.now() - start) / 1000;
    const tempo = sec > 0 ? Math.round(klaar / sec) : 0;
    const tekst = `${label} ${(fractie * 100).toFixed(0).padStart(3)}% ${klaar.toLocaleString('nl-NL')}/${totaal.toLocaleString('nl-NL')} ${eenheid} (${tempo.toLocaleString('nl-NL')}/s)`;
    if (isTty) {
      const breed = 24;
      const vol = Math.round(fractie * breed);
      schrijf(`\r[${'#'.repeat(vol)}${'.'.repeat(breed - vol)}] ${tekst}${klaar >= totaal ? '\n' : ''}`);
    } else {
      const tiende = Math.floor(fractie * 10);
      if (tiende !== laatsteTiende) {
        laatsteTiende = tiende;
        schrijf(`${tekst}\n`);
      }
    }
  };
}
