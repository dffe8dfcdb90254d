/**
 * «Modellmatrise»: the legal feasibility matrix of the model-choice page, one row per cooperation model and
 * one column per service area with the verdict in words (and «ikke bekreftet» where a fact is unconfirmed),
 * then procurement and staff. The matrix is `caseFeasibilityMatrix`, the same call `analyseModelChoice` makes
 * for the page, without the weight Monte Carlo the matrix does not need. The statutes cited are its sources.
 * @module
 */
import type { FeasibilityReason } from '../../../engine/legal/feasibility-reason.ts';
import { formatReference, type LegalReference } from '../../../engine/legal/legal-reference.ts';
import type { Language } from '../../../i18n/language.ts';
import { caseFeasibilityMatrix } from '../../model-choice/feasibility-matrix.ts';
import { localize } from '../../process/localize.ts';
import type { ExportCell, ExportSource, ExportTableBuilder } from '../export-table.ts';
import { say } from './table-helpers.ts';

const WORDS = {
  nb: {
    sheet: 'Modellmatrise',
    title:
      'Samarbeidsmodell × tjenesteområde: om modellen er lovlig for området etter kommuneloven og særlovene, med anskaffelse og ansatte.',
    model: 'Modell',
    procurement: 'Anskaffelse',
    staff: 'Ansatte (virksomhetsoverdragelse)',
    unconfirmed: 'ikke bekreftet',
    openQuestion: 'åpent spørsmål',
    statute: 'Lov eller forskrift',
    unconfirmedNote:
      '«Ikke bekreftet»: vurderingen bygger på en opplysning som ikke er kontrollert mot lovteksten ennå.',
    verdict: {
      lawful: 'Lovlig',
      conditional: 'Lovlig med vilkår',
      notSuited: 'Ikke egnet',
      notLawful: 'Ikke lovlig',
    },
    procurementVerdict: {
      noTenderNeeded: 'Ingen konkurranse nødvendig',
      onlyIfConditionsHold: 'Konkurranse, om ikke vilkårene holder',
      tender: 'Må konkurranseutsettes',
      notApplicable: 'Ikke aktuelt',
    },
    chapter16: {
      applies: 'Ansatte følger med oppgaven',
      appliesIfStaffMove: 'Bare om ansatte flytter',
      noTransfer: 'Ingen bytter arbeidsgiver',
      notApplicable: 'Ikke aktuelt',
    },
  },
  nn: {
    sheet: 'Modellmatrise',
    title:
      'Samarbeidsmodell × tenesteområde: om modellen er lovleg for området etter kommunelova og særlovene, med anskaffing og tilsette.',
    model: 'Modell',
    procurement: 'Anskaffing',
    staff: 'Tilsette (verksemdoverdraging)',
    unconfirmed: 'ikkje stadfesta',
    openQuestion: 'ope spørsmål',
    statute: 'Lov eller forskrift',
    unconfirmedNote:
      '«Ikkje stadfesta»: vurderinga byggjer på ei opplysning som ikkje er kontrollert mot lovteksten enno.',
    verdict: {
      lawful: 'Lovleg',
      conditional: 'Lovleg med vilkår',
      notSuited: 'Ikkje eigna',
      notLawful: 'Ikkje lovleg',
    },
    procurementVerdict: {
      noTenderNeeded: 'Ingen konkurranse naudsynt',
      onlyIfConditionsHold: 'Konkurranse, om ikkje vilkåra held',
      tender: 'Må konkurranseutsetjast',
      notApplicable: 'Ikkje aktuelt',
    },
    chapter16: {
      applies: 'Tilsette følgjer med oppgåva',
      appliesIfStaffMove: 'Berre om tilsette flyttar',
      noTransfer: 'Ingen byter arbeidsgivar',
      notApplicable: 'Ikkje aktuelt',
    },
  },
  en: {
    sheet: 'Model matrix',
    title:
      'Cooperation model × service area: whether the model is lawful for the area under the Local Government Act and the sector acts, with procurement and staff.',
    model: 'Model',
    procurement: 'Procurement',
    staff: 'Staff (transfer of undertaking)',
    unconfirmed: 'unconfirmed',
    openQuestion: 'open question',
    statute: 'Act or regulation',
    unconfirmedNote:
      '«Unconfirmed»: the assessment rests on a fact not yet checked against the statute’s text.',
    verdict: {
      lawful: 'Lawful',
      conditional: 'Lawful with conditions',
      notSuited: 'Not suited',
      notLawful: 'Not lawful',
    },
    procurementVerdict: {
      noTenderNeeded: 'No tender needed',
      onlyIfConditionsHold: 'Tender, unless the conditions hold',
      tender: 'Must be tendered',
      notApplicable: 'Not applicable',
    },
    chapter16: {
      applies: 'Staff move with the task',
      appliesIfStaffMove: 'Only if staff move',
      noTransfer: 'Nobody changes employer',
      notApplicable: 'Not applicable',
    },
  },
} satisfies Record<Language, unknown>;

const referencesOf = (reasons: readonly FeasibilityReason[]): LegalReference[] =>
  reasons.flatMap((r) => r.references);

export const modelMatrixTable: ExportTableBuilder = (document, context) => {
  const { language } = context;
  const w = say(language, WORDS);
  const matrix = caseFeasibilityMatrix(document);
  const flagged = (text: string, flag: boolean, words: string) => (flag ? `${text} (${words})` : text);
  const references: LegalReference[] = [...matrix.packageRule.references];
  const rows: ExportCell[][] = matrix.models.map((row) => {
    for (const cell of row.cells)
      for (const service of cell.services)
        for (const part of service.parts) references.push(...referencesOf(part.reasons));
    references.push(...row.procurement.reason.references, ...row.staffTransfer.chapter16.references);
    return [
      localize(row.name, language),
      ...row.cells.map((cell) => flagged(w.verdict[cell.verdict], cell.unconfirmed, w.unconfirmed)),
      flagged(
        w.procurementVerdict[row.procurement.verdict],
        row.procurement.openQuestions.length > 0,
        w.openQuestion,
      ),
      w.chapter16[row.staffTransfer.chapter16.value],
    ];
  });
  const cited = [...new Set(references.map(formatReference))].sort((a, b) => a.localeCompare(b, 'nb'));
  const sources: ExportSource[] = cited.map((label) => ({
    kind: 'source',
    label,
    detail: w.statute,
    usedIn: [w.sheet],
  }));
  return {
    id: 'model-matrix',
    sheetName: w.sheet,
    title: w.title,
    columns: [
      { header: w.model, format: 'text' },
      ...matrix.areas.map((area) => ({ header: localize(area.name, language), format: 'text' as const })),
      { header: w.procurement, format: 'text' },
      { header: w.staff, format: 'text' },
    ],
    rows,
    notes: [
      `${localize(matrix.packageRule.text, language)} (${matrix.packageRule.references.map(formatReference).join('; ')})`,
      w.unconfirmedNote,
    ],
    sources,
  };
};
