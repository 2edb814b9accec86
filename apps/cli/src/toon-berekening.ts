/** Renders a Berekening as Dutch text for the terminal: amounts per month and year, then the explanation tree. */
import type { ExplanationNode } from '@regelmaat/engine';
import { formatDatesInText, formatWholeEuros, MONTH_NAMES } from '@regelmaat/kernel';
import type { Berekening, ToeslagResultaat } from '@regelmaat/law';

const KORT = MONTH_NAMES.map((m) => m.slice(0, 3));

function maandtabel(t: ToeslagResultaat): string[] {
  const bedragen = t.maandbedragen.map((c) => formatWholeEuros(c));
  const breedte = Math.max(...bedragen.map((b) => b.length), 3);
  const kop = KORT.map((k) => k.padStart(breedte)).join(' ');
  const rij = bedragen.map((b) => b.padStart(breedte)).join(' ');
  return [`  ${kop}`, `  ${rij}`];
}

function boom(node: ExplanationNode, diepte: number, regels: string[]): void {
  const inspring = '  '.repeat(diepte + 2);
  const wet = node.law.url ? `${node.law.citation} — ${node.law.url}` : node.law.citation;
  if (node.kind === 'parameter') {
    regels.push(
      `${inspring}• ${node.label}: ${node.display}  [${wet}; bron: ${formatDatesInText(node.bron ?? '')}]`,
    );
    return;
  }
  regels.push(`${inspring}• ${node.label}: ${node.display} — ${node.uitleg}  [${wet}]`);
  for (const kind of node.inputs) boom(kind, diepte + 1, regels);
}

function periodeNaam(van: number, tot: number): string {
  return van === tot ? MONTH_NAMES[van - 1]! : `${MONTH_NAMES[van - 1]} t/m ${MONTH_NAMES[tot - 1]}`;
}

export function toonBerekening(b: Berekening, metUitleg = true): string {
  const regels: string[] = [
    `Regelmaat — toeslagen over ${b.berekeningsjaar} (rekenkern ${b.engineVersie})`,
    '',
  ];
  for (const t of b.toeslagen) {
    if (t.status === 'niet-van-toepassing') {
      regels.push(`${t.naam}: niet van toepassing. ${t.melding?.tekst ?? ''}`, '');
      continue;
    }
    if (t.status === 'niet-berekenbaar') {
      regels.push(`${t.naam}: NIET BEREKEND. ${t.melding?.tekst ?? ''} (${t.melding?.code})`, '');
      continue;
    }
    regels.push(`${t.naam}: ${formatWholeEuros(t.jaarbedrag)} over het jaar`, ...maandtabel(t));
    for (const o of t.opmerkingen ?? []) regels.push(`  Let op: ${o.tekst}`);
    if (metUitleg) {
      regels.push('  Waarom dit bedrag?');
      for (const p of t.perioden) {
        regels.push(`  ${periodeNaam(p.vanMaand, p.totEnMetMaand)}${p.recht ? '' : ' — geen recht'}:`);
        for (const n of p.nietVoldaan) regels.push(`    ! ${n.label}: ${n.uitleg}`);
        boom(p.uitleg, 0, regels);
      }
      if (t.jaarUitleg) {
        regels.push('  Van maanden naar het jaarbedrag:');
        boom(t.jaarUitleg, 0, regels);
      }
    }
    regels.push('');
  }
  return `${regels.join('\n')}\n`;
}
