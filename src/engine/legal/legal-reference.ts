/**
 * A reference to the statute paragraph (or guidance text) a legal fact rests on, and the sources in
 * LAW.md where it was read.
 * @module
 */
import type { SourceKey } from './sources.ts';

/** The acts, regulations and other texts the legal facts cite. */
export type Act =
  /** Kommuneloven LOV-2018-06-22-83. */
  | 'kommuneloven'
  /** Lov om interkommunale selskaper LOV-1999-01-29-6. */
  | 'iks-loven'
  /** Aksjeloven LOV-1997-06-13-44. */
  | 'aksjeloven'
  /** Samvirkelova. */
  | 'samvirkelova'
  /** Non-statutory association law (ulovfestet foreningsrett). */
  | 'foreningsretten'
  /** Plan- og bygningsloven (plandelen). */
  | 'plan-og-bygningsloven'
  /** Matrikkellova. */
  | 'matrikkellova'
  /** Forskrift om kommunal beredskapsplikt FOR-2011-08-22-894. */
  | 'beredskapsforskriften'
  /** Arkivlova 1992 (repealed from 1 Jan 2026). */
  | 'arkivlova'
  /** Offentleglova. */
  | 'offentleglova'
  /** Forvaltningsloven. */
  | 'forvaltningsloven'
  /** Inndelingslova. */
  | 'inndelingslova'
  /** Delegation of agricultural authority to municipalities, FOR-2003-12-08-1479. */
  | 'landbruksdelegeringsforskriften'
  /** Agricultural acts (jordlova, konsesjonsloven, odelsloven, skogbrukslova) as a group. */
  | 'landbrukslovene'
  /** Prop. 107 L (2023–2024), moving tasks to the municipality by law or regulation. */
  | 'prop-107-l'
  /** Veileder om interkommunalt samarbeid (KDD 2023). Guidance, not statute. */
  | 'veileder'
  /** The ministry's published overview of cooperation models. Guidance, not statute. */
  | 'departementets-oversikt'
  /** A letter or interpretation from the ministry (KDD). */
  | 'departementets-tolkning'
  /** Practice guidance and commentary (KS, municipalities, trade bodies, journals, examples). */
  | 'praksis'
  /** The project's own case documents (saksframlegg, status presentation). */
  | 'saksdokument'
  /** Arbeidsmiljøloven LOV-2005-06-17-62 (chapter 16, transfer of undertakings). */
  | 'arbeidsmiljoloven'
  /** Anskaffelsesforskriften FOR-2016-08-12-974 (§§ 3-1 to 3-3: in-house and public-public cooperation). */
  | 'anskaffelsesforskriften'
  /** NFD's guide to the procurement rules. Guidance, not statute. */
  | 'anskaffelsesveilederen'
  /** The EU General Data Protection Regulation as Norwegian law (personopplysningsloven). */
  | 'personvernforordningen'
  /** Datatilsynet's guidance. Guidance, not statute. */
  | 'datatilsynet'
  /** Hovedavtalen KS (the basic collective agreement on co-determination). */
  | 'hovedavtalen'
  /** Overføringsavtalen between public pension schemes. */
  | 'overforingsavtalen'
  /** Preparatory works (propositions to the Storting). */
  | 'forarbeider';

export interface LegalReference {
  act: Act;
  /** Paragraph and part, e.g. `§ 20-2 første ledd`; `null` when the text has no paragraph. */
  provision: string | null;
  /** Where in LAW.md the text was read. */
  sources: readonly SourceKey[];
}

/** Short Norwegian names of the acts, as used in a citation. */
export const ACT_NAMES: Readonly<Record<Act, string>> = {
  kommuneloven: 'kommuneloven',
  'iks-loven': 'IKS-loven',
  aksjeloven: 'aksjeloven',
  samvirkelova: 'samvirkelova',
  foreningsretten: 'ulovfestet foreningsrett',
  'plan-og-bygningsloven': 'plan- og bygningsloven',
  matrikkellova: 'matrikkellova',
  beredskapsforskriften: 'forskrift om kommunal beredskapsplikt',
  arkivlova: 'arkivlova (1992)',
  offentleglova: 'offentleglova',
  forvaltningsloven: 'forvaltningsloven',
  inndelingslova: 'inndelingslova',
  landbruksdelegeringsforskriften: 'FOR-2003-12-08-1479',
  landbrukslovene: 'jordlova, konsesjonsloven, odelsloven og skogbrukslova',
  'prop-107-l': 'Prop. 107 L (2023–2024)',
  veileder: 'Veileder om interkommunalt samarbeid (2023)',
  'departementets-oversikt': 'KDD: Oversikt over ulike samarbeidsmodeller',
  'departementets-tolkning': 'KDD-tolkning',
  praksis: 'praksis og veiledning',
  saksdokument: 'saksframlegget',
  arbeidsmiljoloven: 'arbeidsmiljøloven',
  anskaffelsesforskriften: 'anskaffelsesforskriften',
  anskaffelsesveilederen: 'NFDs veileder om offentlige anskaffelser',
  personvernforordningen: 'personvernforordningen (GDPR)',
  datatilsynet: 'Datatilsynet',
  hovedavtalen: 'Hovedavtalen (KS)',
  overforingsavtalen: 'Overføringsavtalen',
  forarbeider: 'forarbeidene',
};

/**
 * Builds a reference.
 * @example ref('kommuneloven', '§ 20-2 første ledd', 'S1a')
 */
export function ref(act: Act, provision: string | null, ...sources: SourceKey[]): LegalReference {
  return { act, provision, sources };
}

/**
 * The citation as written in a Norwegian case report: act name and provision.
 * @example formatReference(ref('kommuneloven', '§ 19-1 annet ledd', 'S1a')) // → 'kommuneloven § 19-1 annet ledd'
 */
export function formatReference(reference: LegalReference): string {
  const name = ACT_NAMES[reference.act];
  return reference.provision === null ? name : `${name} ${reference.provision}`;
}
