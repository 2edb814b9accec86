/**
 * @module
 * The life-event run of today for the demo (issue 16): households with a child turning 4, 12, 16 or
 * 18, the AOW age or another known change one to two months ahead find a message in "Mijn
 * berichten"; those with hardship indicators get a call task in team Klantcontact's queue. Through
 * the real service; a restart on the same day resumes the finished run and sends nothing again.
 */
import { levensgebeurtenisRun, type Omgeving } from '@regelmaat/diensten';

export async function zaaiDemoLevensgebeurtenissen(o: Omgeving, melding: (s: string) => void): Promise<void> {
  const r = await levensgebeurtenisRun(o, { peildatum: o.klok().slice(0, 10) });
  if (r.nieuw)
    melding(`Levensgebeurtenissen (${r.peildatum}): ${r.berichten} berichten, ${r.belTaken} belafspraken.\n`);
}
