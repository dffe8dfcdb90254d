import { describe, expect, it } from 'vitest';
import { legalModelById } from '../../engine/legal/registry.ts';
import { AGREEMENT_MODEL_IDS, agreementPoints, agreementRequirements } from './agreement-points.ts';

const ids = (modelId: Parameters<typeof agreementPoints>[0]) =>
  agreementPoints(modelId).map((p) => [p.id, p.paragraph]);

describe('agreement points', () => {
  it('lists the nine points of kommuneloven § 20-4 third paragraph for a vertskommune (LAW.md 2.3)', () => {
    expect(ids('vertskommune-administrativ')).toEqual([
      ['participants', 'kommuneloven § 20-4 tredje ledd bokstav a'],
      ['host', 'kommuneloven § 20-4 tredje ledd bokstav b'],
      ['tasks-and-authority', 'kommuneloven § 20-4 tredje ledd bokstav c'],
      ['transfer-time', 'kommuneloven § 20-4 tredje ledd bokstav d'],
      ['notified-decisions', 'kommuneloven § 20-4 tredje ledd bokstav e'],
      ['financial-settlement', 'kommuneloven § 20-4 tredje ledd bokstav f'],
      ['withdrawal', 'kommuneloven § 20-4 tredje ledd bokstav g'],
      ['dissolution', 'kommuneloven § 20-4 tredje ledd bokstav h'],
      ['other-statutory', 'kommuneloven § 20-4 tredje ledd bokstav i'],
    ]);
  });

  it('adds the board size of the fourth paragraph for a vertskommune with a joint elected board', () => {
    expect(ids('vertskommune-nemnd')).toHaveLength(10);
    expect(ids('vertskommune-nemnd').at(-1)).toEqual(['board-members', 'kommuneloven § 20-4 fjerde ledd']);
  });

  it('lists the ten points of § 19-4 for a kommunalt oppgavefellesskap (LAW.md 2.2)', () => {
    expect(ids('kommunalt-oppgavefellesskap')).toEqual([
      ['name', 'kommuneloven § 19-4 fjerde ledd bokstav a'],
      ['legal-entity', 'kommuneloven § 19-4 fjerde ledd bokstav b'],
      ['representatives', 'kommuneloven § 19-4 fjerde ledd bokstav c'],
      ['tasks-and-authority', 'kommuneloven § 19-4 fjerde ledd bokstav d'],
      ['contributions', 'kommuneloven § 19-4 fjerde ledd bokstav e'],
      ['ownership-shares', 'kommuneloven § 19-4 fjerde ledd bokstav f'],
      ['borrowing', 'kommuneloven § 19-4 fjerde ledd bokstav g'],
      ['reporting', 'kommuneloven § 19-4 fjerde ledd bokstav h'],
      ['withdrawal', 'kommuneloven § 19-4 fjerde ledd bokstav i'],
      ['dissolution-and-archive', 'kommuneloven § 19-4 fjerde ledd bokstav j'],
    ]);
  });

  it('lists the eight points of § 18-4 for an interkommunalt politisk råd (LAW.md 2.1)', () => {
    expect(ids('interkommunalt-politisk-rad')).toEqual([
      ['name', 'kommuneloven § 18-4 fjerde ledd bokstav a'],
      ['legal-entity', 'kommuneloven § 18-4 fjerde ledd bokstav b'],
      ['representatives', 'kommuneloven § 18-4 fjerde ledd bokstav c'],
      ['matters', 'kommuneloven § 18-4 fjerde ledd bokstav d'],
      ['authority', 'kommuneloven § 18-4 fjerde ledd bokstav e'],
      ['ownership-shares', 'kommuneloven § 18-4 fjerde ledd bokstav f'],
      ['withdrawal', 'kommuneloven § 18-4 fjerde ledd bokstav g'],
      ['dissolution-and-archive', 'kommuneloven § 18-4 fjerde ledd bokstav h'],
    ]);
  });

  it('lists IKS-loven § 4 and § 22 for an IKS, every point unconfirmed (LAW.md 2.4 could not read them)', () => {
    expect(ids('interkommunalt-selskap')).toEqual([
      ['name', 'IKS-loven § 4 tredje ledd nr. 1'],
      ['head-office', 'IKS-loven § 4 tredje ledd nr. 2'],
      ['purpose', 'IKS-loven § 4 tredje ledd nr. 3'],
      ['ownership-shares', 'IKS-loven § 4 tredje ledd nr. 4'],
      ['contributions', 'IKS-loven § 4 tredje ledd nr. 5'],
      ['representatives', 'IKS-loven § 4 tredje ledd nr. 6'],
      ['borrowing', 'IKS-loven § 22'],
    ]);
    expect(agreementPoints('interkommunalt-selskap').every((p) => p.unconfirmed)).toBe(true);
  });

  it('marks the kommuneloven points as confirmed', () => {
    for (const id of [
      'interkommunalt-politisk-rad',
      'kommunalt-oppgavefellesskap',
      'vertskommune-nemnd',
    ] as const)
      expect(agreementPoints(id).some((p) => p.unconfirmed)).toBe(false);
  });

  it('says that an aksjeselskap has no statutory agreement content', () => {
    const requirements = agreementRequirements('aksjeselskap');
    expect(requirements?.kind).toBe('none');
    if (requirements?.kind === 'none')
      expect(requirements.note.nb).toContain('ingen lovbestemt samarbeidsavtale');
  });

  it('uses the model ids of the legal registry', () => {
    for (const id of AGREEMENT_MODEL_IDS) expect(legalModelById(id)?.id).toBe(id);
  });
});
