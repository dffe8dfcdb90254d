import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../../case/default-case/default-case.ts';
import { councilDivergences } from '../../../case/process/divergence.ts';
import { parseCase } from '../../../case/parse-case.ts';
import { decisionFromDraft, withDecision } from './decision-draft.ts';

describe('recording a decision', () => {
  it('takes the body from the meeting and produces the divergence warning when one council amends', () => {
    let document = defaultCase();
    for (const slug of ['midtre-gauldal', 'melhus']) {
      const result = decisionFromDraft(document, {
        meetingId: `${slug}-kommunestyre-2026-03-10`,
        pointNumber: '4',
        outcome: 'adopted',
        amendedText: '',
      });
      if (!('decision' in result)) throw new Error('fixture');
      document = withDecision(document, result.decision);
    }
    const amended = decisionFromDraft(document, {
      meetingId: 'skaun-kommunestyre-2026-03-10',
      pointNumber: '4',
      outcome: 'amended',
      amendedText: 'Utredes først i 2027.',
    });
    if (!('decision' in amended)) throw new Error('fixture');
    expect(amended.decision.bodyId).toBe('skaun-kommunestyre');
    document = withDecision(document, amended.decision);
    expect(parseCase(document).success).toBe(true);
    expect(councilDivergences(document).map((w) => w.positions.map((p) => p.text?.slice(0, 20)))).toEqual([
      [
        document.resolutions[0]?.points[3]?.text.slice(0, 20),
        document.resolutions[0]?.points[3]?.text.slice(0, 20),
        'Utredes først i 2027',
      ],
    ]);
  });

  it('needs the new text of an amended point', () => {
    expect(
      decisionFromDraft(defaultCase(), {
        meetingId: 'skaun-kommunestyre-2026-03-10',
        pointNumber: '1',
        outcome: 'amended',
        amendedText: ' ',
      }),
    ).toEqual({ errors: ['amendedText'] });
  });
});
