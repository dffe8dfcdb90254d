/**
 * `flokk agreement-check FILE|--default --model ID [--scenario ID] [--json] [--lang nb|nn|en]`: the
 * minimum-content check of the draft agreement for a model, as the API's `agreement-check` gives it: every
 * point the statute requires, present with its section or missing with its paragraph and why.
 * @module
 */
import type { AgreementModelId } from '../../case/agreement/agreement-points.ts';
import { buildAgreement, type AgreementCheck } from '../../case/agreement/build-agreement.ts';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import { ValidationError } from '../../common/errors.ts';
import { resolveDocumentRequest, type DocumentLanguage } from '../../documents/document-request.ts';
import type { Language } from '../../i18n/language.ts';
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts';
import { UsageError } from '../cli-errors.ts';
import type { Command } from '../command.ts';
import { commandHelpText } from '../help.ts';
import { loadCaseArgument } from '../load-case-argument.ts';
import { EXIT } from '../run-command.ts';
import { agreementCheckText, renderAgreementCheck } from './agreement-check-text.ts';

const NAME = 'agreement-check';
const OPTIONS = {
  ...COMMON_OPTIONS,
  default: { type: 'boolean' },
  model: { type: 'string' },
  scenario: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/**
 * The check of the draft the document command would write, after the same checks of model and scenario.
 * The points are named in nb or nn; an English reader gets bokmål, as the documents are.
 */
export function checkAgreement(
  document: CaseDocument,
  request: { model?: string | undefined; scenarioId?: string | undefined },
  language: Language,
): { model: string; scenarioId: string | null; check: AgreementCheck } {
  const labels: DocumentLanguage = language === 'nn' ? 'nn' : 'nb';
  const { model, scenarioId } = resolveDocumentRequest(
    document,
    {
      kind: 'agreement',
      model: request.model,
      scenarioId: request.scenarioId,
      format: 'pdf',
      language: labels,
    },
    language,
  );
  if (model === null) throw new Error('resolveDocumentRequest requires the model of an agreement');
  const options = { model: model as AgreementModelId, language: labels };
  const { check } = buildAgreement(document, scenarioId === null ? options : { ...options, scenarioId });
  return { model, scenarioId, check };
}

export const agreementCheckCommand: Command = {
  name: NAME,
  usage: {
    nb: 'flokk agreement-check FIL|--default --model ID [--scenario ID] [--json] [--lang nb|nn|en]',
    nn: 'flokk agreement-check FIL|--default --model ID [--scenario ID] [--json] [--lang nb|nn|en]',
    en: 'flokk agreement-check FILE|--default --model ID [--scenario ID] [--json] [--lang nb|nn|en]',
  },
  summary: {
    nb: 'Sjekk minsteinnholdet i avtaleutkastet for en modell',
    nn: 'Sjekk minsteinnhaldet i avtaleutkastet for ein modell',
    en: 'Check the minimum content of the draft agreement for a model',
  },
  help: {
    nb: 'Viser hvert punkt loven krever i samarbeidsavtalen for modellen: ✓ med delen av utkastet det står i, eller ✗\nmed paragrafen og hvorfor det mangler. Et utkast der et punkt mangler, kan ikke merkes som endelig.\n\nValg:\n  --model ID     avtalemodellen (vertskommune-administrativ …)\n  --scenario ID  scenarioet (standard: det i avtalevilkårene)\n  --json         skriv sjekken som JSON',
    nn: 'Viser kvart punkt lova krev i samarbeidsavtalen for modellen: ✓ med delen av utkastet det står i, eller ✗\nmed paragrafen og kvifor det manglar. Eit utkast der eit punkt manglar, kan ikkje merkast som endeleg.\n\nVal:\n  --model ID     avtalemodellen (vertskommune-administrativ …)\n  --scenario ID  scenarioet (standard: det i avtalevilkåra)\n  --json         skriv sjekken som JSON',
    en: 'Shows each point the statute requires in the cooperation agreement for the model: ✓ with the part of the\ndraft it is in, or ✗ with the paragraph and why it is missing. A draft with a missing point cannot be marked final.\n\nOptions:\n  --model ID     the agreement model (vertskommune-administrativ …)\n  --scenario ID  the scenario (default: that of the agreement terms)\n  --json         write the check as JSON',
  },
  async run(args, context) {
    const { language, io } = context;
    const { values, positionals } = parseCommandArgs(args, OPTIONS, NAME, language);
    if (values.help) {
      io.stdout(commandHelpText(agreementCheckCommand, language));
      return EXIT.ok;
    }
    if (values.model === undefined) throw new UsageError(agreementCheckText(language).missingModel, NAME);
    const { document } = await loadCaseArgument(positionals, values.default, context, NAME);
    let result: ReturnType<typeof checkAgreement>;
    try {
      result = checkAgreement(document, { model: values.model, scenarioId: values.scenario }, language);
    } catch (error) {
      const issue = error instanceof ValidationError ? error.issues[0] : undefined;
      if (issue?.path === 'model' || issue?.path === 'scenarioId')
        throw new UsageError(`--${issue.path === 'model' ? 'model' : 'scenario'}: ${issue.message}`, NAME);
      throw error;
    }
    const { model, scenarioId, check } = result;
    io.stdout(
      values.json
        ? `${JSON.stringify({ model, scenarioId, ...check }, null, 2)}\n`
        : renderAgreementCheck(model, check, language),
    );
    return EXIT.ok;
  },
};
