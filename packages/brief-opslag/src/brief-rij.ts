/**
 * @module
 * A letter as stored (table `brief`, migration 020): the letter as data (`Brief` of
 * @regelmaat/brieven) with its household, kind, when it was fixed, and — once sent — the SHA-256 of
 * the PDF that went out.
 */
import type { Brief, BriefGegevens, BriefSoort } from '@regelmaat/brieven';
import { ISO } from '@regelmaat/db';

export interface OpgeslagenBrief {
  beschikkingId: number;
  huishoudenId: number;
  soort: BriefSoort;
  brief: Brief;
  /** When the data was fixed (the first time the letter was opened). */
  vastgelegdOp: string;
  /** When it was sent, with the hash of the PDF that went out. */
  verzonden?: { op: string; pdfSha256: string };
}

/** The letter's row without its data: enough for a list. */
export type BriefKop = Omit<OpgeslagenBrief, 'brief'> & {
  briefdatum: string;
  sjabloon: { id: string; versie: number };
};

export const KOP_KOLOMMEN = `beschikking_id, beschikking_versie, huishouden_id, soort, sjabloon_id, sjabloon_versie,
  briefdatum::text AS briefdatum, ${ISO('vastgelegd_op')} AS vastgelegd_op, ${ISO('verzonden_op')} AS verzonden_op, pdf_sha256`;

export interface BriefDbRij {
  beschikking_id: string;
  beschikking_versie: number;
  huishouden_id: string;
  soort: BriefSoort;
  sjabloon_id: string;
  sjabloon_versie: number;
  briefdatum: string;
  vastgelegd_op: string;
  verzonden_op: string | null;
  pdf_sha256: string | null;
  gegevens?: BriefGegevens;
}

export function alsKop(r: BriefDbRij): BriefKop {
  return {
    beschikkingId: Number(r.beschikking_id),
    huishoudenId: Number(r.huishouden_id),
    soort: r.soort,
    briefdatum: r.briefdatum,
    sjabloon: { id: r.sjabloon_id, versie: r.sjabloon_versie },
    vastgelegdOp: r.vastgelegd_op,
    ...(r.verzonden_op && r.pdf_sha256 ? { verzonden: { op: r.verzonden_op, pdfSha256: r.pdf_sha256 } } : {}),
  };
}

export function alsBrief(r: BriefDbRij & { gegevens: BriefGegevens }): OpgeslagenBrief {
  const { briefdatum, sjabloon, ...kop } = alsKop(r);
  return {
    ...kop,
    brief: {
      sjabloon,
      beschikking: { id: String(r.beschikking_id), versie: r.beschikking_versie },
      briefdatum,
      gegevens: r.gegevens,
    },
  };
}
