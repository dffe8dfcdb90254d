/**
 * The innstilling: what the chief executive recommends the council to decide, in numbered points. The
 * points are the case's recorded recommendation, word for word (they are the proposal, so they are never
 * rewritten or translated); with none recorded, the points are placeholders, since Flokk does not write a
 * proposal for anyone.
 * @module
 */
import type { Resolution } from '../schema/process.ts';
import type { Block, Inline } from './document-model.ts';
import { placeholder, provenanceWords, text } from './inlines.ts';
import { resolveProvenance } from '../explain/provenance-view.ts';
import { say, type SaksframleggContext } from './saksframlegg-context.ts';

/** How many placeholder points stand in for a recommendation nobody has written yet. */
const PLACEHOLDER_POINTS = 3;

/**
 * The recommendation this municipality's version carries: one made in one of its own bodies' meetings
 * first, else the last one recorded for the joint process; null when the case records none.
 */
export function chosenRecommendation(
  context: SaksframleggContext,
): { resolution: Resolution; ownMunicipality: boolean } | null {
  const { document, municipality } = context;
  const bodyOf = (r: Resolution) => {
    const meeting = document.meetings.find((m) => m.id === r.meetingId);
    return document.bodies.find((b) => b.id === meeting?.bodyId);
  };
  const recommendations = document.resolutions.filter((r) => r.kind === 'recommendation');
  const own = recommendations.filter((r) => bodyOf(r)?.municipalityNumber === municipality.number);
  if (own.length > 0) return { resolution: own[own.length - 1] as Resolution, ownMunicipality: true };
  const joint = recommendations.filter((r) => bodyOf(r)?.municipalityNumber === undefined);
  const last = joint[joint.length - 1];
  return last ? { resolution: last, ownMunicipality: false } : null;
}

export function innstillingSection(context: SaksframleggContext): Block[] {
  const chosen = chosenRecommendation(context);
  const heading: Block = {
    kind: 'heading',
    level: 1,
    text: say(context, 'Kommunedirektørens innstilling', 'Kommunedirektøren si innstilling'),
    id: 'innstilling',
  };
  const intro: Block = {
    kind: 'paragraph',
    content: [text(say(context, 'Kommunestyret:', 'Kommunestyret:'))],
  };
  if (!chosen) {
    const items = Array.from({ length: PLACEHOLDER_POINTS }, () => [
      placeholder(
        context,
        say(
          context,
          'Saken har ingen registrert innstilling. Punktene skrives av kommunedirektøren.',
          'Saka har inga registrert innstilling. Punkta skriv kommunedirektøren.',
        ),
      ),
    ]);
    return [heading, intro, { kind: 'numbered', items }];
  }
  const { resolution, ownMunicipality } = chosen;
  const source = resolution.source
    ? provenanceWords(context, resolveProvenance(context.document, resolution.source))
    : undefined;
  const items: Inline[][] = [...resolution.points]
    .sort((a, b) => a.number - b.number)
    .map((point, index) => [
      index === 0 && source ? { text: point.text, footnote: source } : text(point.text),
    ]);
  return [heading, intro, { kind: 'numbered', items, ...(ownMunicipality ? { municipal: true } : {}) }];
}
