import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import type { FlokkDocument } from '../document/document-model.ts';
import type { AgreementModelId } from './agreement-points.ts';
import { AgreementTerms, type AgreementCase } from './agreement-terms.ts';
import { buildAgreement } from './build-agreement.ts';
import { filledCase, filledTerms } from './filled-case.fixture.ts';
import { agreementIncompleteMessage } from './incomplete-message.ts';
import { CaseDocument } from '../schema/case-document.ts';

const SCENARIO = 'administrative-tjenester';

function text(document: FlokkDocument): string {
  return document.blocks
    .map((b) => {
      if (b.kind === 'heading') return b.text;
      if (b.kind === 'paragraph') return b.content.map((c) => c.text).join('');
      if (b.kind === 'numbered') return b.items.map((i) => i.map((c) => c.text).join('')).join('\n');
      if (b.kind === 'figure')
        return [b.caption, b.alt, ...b.table.header, ...b.table.rows.flat()].join('\n');
      return [b.caption, ...b.header, ...b.rows.flat()].join('\n');
    })
    .join('\n');
}

const placeholders = (document: FlokkDocument) =>
  document.blocks.flatMap((b) =>
    b.kind === 'paragraph'
      ? b.content.filter((c) => c.placeholder)
      : b.kind === 'numbered'
        ? b.items.flat().filter((c) => c.placeholder)
        : [],
  );

const statuses = (model: AgreementModelId, document: AgreementCase = defaultCase()) =>
  buildAgreement(document, { model, language: 'nb', scenarioId: SCENARIO }).check.points.map((p) => [
    p.id,
    p.status,
  ]);

describe('buildAgreement: the default case’s vertskommune draft', () => {
  const agreement = buildAgreement(defaultCase(), {
    model: 'vertskommune-administrativ',
    language: 'nb',
    scenarioId: SCENARIO,
  });

  it('lists every point of § 20-4 third paragraph, with its paragraph', () => {
    expect(agreement.check.points.map((p) => p.paragraph)).toEqual(
      'abcdefghi'.split('').map((letter) => `kommuneloven § 20-4 tredje ledd bokstav ${letter}`),
    );
  });

  it('marks as missing what the case cannot fill yet, and is not final', () => {
    // The case names the participants (SSB), and the start year 2027 of every area comes from the status
    // document («oppstart for konkrete samarbeid – januar 2027»). It records no host, no delegated authority,
    // no list of decisions to notify, no decided cost key (the Shapley key is a placeholder) and no a-konto
    // rhythm, no notice period, no dissolution terms and nothing on other statutes.
    expect(statuses('vertskommune-administrativ')).toEqual([
      ['participants', 'present'],
      ['host', 'missing'],
      ['tasks-and-authority', 'missing'],
      ['transfer-time', 'present'],
      ['notified-decisions', 'missing'],
      ['financial-settlement', 'missing'],
      ['withdrawal', 'missing'],
      ['dissolution', 'missing'],
      ['other-statutory', 'missing'],
    ]);
    expect(agreement.check.final).toBe(false);
  });

  it('says where a point is and why one is missing', () => {
    const [participants, host] = agreement.check.points;
    expect(participants).toMatchObject({ status: 'present', section: '1. Parter' });
    expect(host).toMatchObject({
      status: 'missing',
      section: '1. Parter',
      reason: 'Saken fastsetter ikke: hvilken kommune som er vertskommune',
    });
    const settlement = agreement.check.points.find((p) => p.id === 'financial-settlement');
    expect(settlement?.reason).toBe(
      'Saken fastsetter ikke: fordelingsnøklene (scenario); hvor ofte deltakerne betaler a-konto',
    );
  });

  it('shows every missing term as a placeholder in the draft itself', () => {
    const draft = text(agreement.document);
    expect(draft).toContain(
      'Vertskommune: [Plassholder – ikke fastsatt: hvilken kommune som er vertskommune]',
    );
    expect(draft).toContain('Myndighet: [Plassholder – ikke fastsatt: hvilken myndighet som delegeres]');
    expect(draft).toContain('[Plassholder – ikke fastsatt: fordelingsnøkkel]');
    expect(draft).toContain('Kommuneloven § 20-8 gir ett års oppsigelsestid');
    expect(placeholders(agreement.document).map((p) => p.text)).toContain(
      '[Plassholder – ikke fastsatt: oppsigelsestid ved uttreden]',
    );
  });

  it('fills the participants and the tasks of the scenario from the case', () => {
    const draft = text(agreement.document);
    expect(draft).toContain('Skaun kommune (kommunenummer 5029)');
    expect(draft).toContain('Melhus kommune (kommunenummer 5028)');
    expect(draft).toContain('Midtre Gauldal kommune (kommunenummer 5027)');
    expect(draft).toContain('Lønn, regnskap og fakturering: fra og med 2027');
    expect(draft).toContain('Arkiv og postmottak');
  });

  it('takes the host from a planned staff transfer under the model where the terms name none', () => {
    const base = defaultCase();
    // A new object: zod's default for `legalAssessment` is shared between parses, so it must not be mutated.
    const transfer = {
      changeId: 'lonn',
      modelId: 'vertskommune-administrativ',
      newEmployerMunicipalityNumber: '5029' as never,
      newEmployerMeetingIds: [],
    };
    const document = { ...base, legalAssessment: { ...base.legalAssessment, staffTransfers: [transfer] } };
    const result = buildAgreement(document, { model: 'vertskommune-administrativ', language: 'nb' });
    expect(text(result.document)).toContain('Vertskommune: Skaun kommune');
    expect(result.check.points[1]?.status).toBe('present');
  });

  it('makes the tasks a placeholder when no scenario is chosen', () => {
    const result = buildAgreement(defaultCase(), { model: 'vertskommune-administrativ', language: 'nb' });
    expect(text(result.document)).toContain(
      '[Plassholder – ikke fastsatt: hvilke tjenesteområder (scenario) samarbeidet gjelder]',
    );
    expect(result.check.points.find((p) => p.id === 'transfer-time')?.status).toBe('missing');
  });
});

describe('buildAgreement: the default case for the other models', () => {
  it('vertskommune with a joint board: the board size is missing as well', () => {
    expect(statuses('vertskommune-nemnd').at(-1)).toEqual(['board-members', 'missing']);
  });

  // The case records none of the terms these models need (name, legal status, representantskap, shares …).
  it.each([
    ['kommunalt-oppgavefellesskap', 10],
    ['interkommunalt-politisk-rad', 8],
    ['interkommunalt-selskap', 7],
  ] as const)('%s: all %i points missing', (model, count) => {
    const points = statuses(model);
    expect(points).toHaveLength(count);
    expect(points.every(([, status]) => status === 'missing')).toBe(true);
  });

  it('IKS: the check and the draft say the statute is not confirmed', () => {
    const agreement = buildAgreement(defaultCase(), { model: 'interkommunalt-selskap', language: 'nb' });
    expect(agreement.check.points[0]?.label).toBe('Selskapets foretaksnavn (ikke bekreftet)');
    expect(text(agreement.document)).toContain(
      'Minsteinnholdet i IKS-loven § 4 er ikke bekreftet mot lovteksten.',
    );
  });
});

describe('buildAgreement: a case with every term filled', () => {
  it.each([
    'vertskommune-administrativ',
    'vertskommune-nemnd',
    'kommunalt-oppgavefellesskap',
    'interkommunalt-politisk-rad',
    'interkommunalt-selskap',
  ] as const)('%s: every point present, no placeholder, final', (model) => {
    const agreement = buildAgreement(filledCase(model), { model, language: 'nb' });
    expect(agreement.check.points.filter((p) => p.status === 'missing')).toEqual([]);
    expect(agreement.check.final).toBe(true);
    expect(placeholders(agreement.document)).toEqual([]);
    expect(text(agreement.document)).not.toContain('Plassholder');
  });

  it('writes the terms as the case holds them', () => {
    const draft = text(
      buildAgreement(filledCase('vertskommune-administrativ'), {
        model: 'vertskommune-administrativ',
        language: 'nb',
      }).document,
    );
    expect(draft).toContain('Vertskommune: Melhus kommune');
    expect(draft).toContain('Deltakerne betaler a-konto kvartalsvis etter budsjettet for samarbeidet.');
    expect(draft).toContain('Hver deltaker kan si opp sin deltakelse med 12 måneders skriftlig varsel.');
    expect(draft).toContain('Shapley-verdien');
  });

  it('writes ownership shares as percentages and a borrowing ceiling in kroner', () => {
    const draft = text(
      buildAgreement(filledCase('interkommunalt-selskap'), {
        model: 'interkommunalt-selskap',
        language: 'nb',
      }).document,
    );
    expect(draft).toContain('Melhus kommune: 50 %');
    expect(draft).toContain('Skaun kommune: 25 %');
    expect(draft).toMatch(/Det kan tas opp lån innenfor en samlet ramme på 5\s000\s000 kr\./);
  });
});

describe('buildAgreement: nynorsk', () => {
  const agreement = buildAgreement(defaultCase(), {
    model: 'vertskommune-administrativ',
    language: 'nn',
    scenarioId: SCENARIO,
  });

  it('writes the draft, the placeholders and the check in nynorsk', () => {
    const draft = text(agreement.document);
    expect(agreement.document.language).toBe('nn');
    expect(draft).toContain('Utkast – ikkje endeleg. Avtalen blir inngått etter kommunelova § 20-4');
    expect(draft).toContain('1. Partar');
    expect(draft).toContain('Deltakarane i samarbeidet er:');
    expect(draft).toContain('Vertskommune: [Plasshaldar – ikkje fastsett: kva kommune som er vertskommune]');
    expect(draft).toContain('Oppgåvene og myndet blir overført');
    expect(agreement.check.points[1]).toMatchObject({
      label: 'Kven som er vertskommune',
      reason: 'Saka fastset ikkje: kva kommune som er vertskommune',
    });
  });
});

describe('buildAgreement: the name of a KO or an IPR', () => {
  const withName = (model: AgreementModelId, name: string): AgreementCase => {
    const document = filledCase(model);
    return { ...document, agreementTerms: [{ ...filledTerms(model), name }] };
  };
  const nameCheck = (model: AgreementModelId, name: string) =>
    buildAgreement(withName(model, name), { model, language: 'nb' }).check.points[0];

  it('accepts the full words or the abbreviation (kommuneloven §§ 18-1, 19-1)', () => {
    expect(nameCheck('kommunalt-oppgavefellesskap', 'Gauldal kommunalt oppgavefellesskap')?.status).toBe(
      'present',
    );
    expect(nameCheck('interkommunalt-politisk-rad', 'Trøndelag sør IPR')?.status).toBe('present');
  });

  it('marks a name without them as missing, with the reason', () => {
    expect(nameCheck('interkommunalt-politisk-rad', 'Gauldal KO')).toMatchObject({
      status: 'missing',
      reason: 'Navnet inneholder ikke «interkommunalt politisk råd» eller «IPR»',
    });
    expect(nameCheck('kommunalt-oppgavefellesskap', 'Gauldal-samarbeidet')?.status).toBe('missing');
  });
});

describe('AgreementTerms', () => {
  it('refuses a malformed kommunenummer and a share above 1', () => {
    expect(
      AgreementTerms.safeParse({ modelId: 'vertskommune-administrativ', hostMunicipality: '502' }).success,
    ).toBe(false);
    expect(
      AgreementTerms.safeParse({ modelId: 'interkommunalt-selskap', ownershipShares: { '5029': 1.5 } })
        .success,
    ).toBe(false);
  });
});

describe('agreementTerms in the case document', () => {
  it('is part of the case schema: empty by default, parsed with the case, named by its path', () => {
    expect(defaultCase().agreementTerms).toEqual([]);
    const parsed = CaseDocument.parse({
      ...defaultCase(),
      agreementTerms: [filledTerms('vertskommune-administrativ')],
    });
    const draft = buildAgreement(parsed, { model: 'vertskommune-administrativ', language: 'nb' });
    expect(text(draft.document)).toContain('Tvister løses ved forhandlinger mellom kommunedirektørene.');
    const bad = CaseDocument.safeParse({
      ...defaultCase(),
      agreementTerms: [{ modelId: 'vertskommune-administrativ', hostMunicipality: '502' }],
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['agreementTerms', 0, 'hostMunicipality']);
  });
});

describe('buildAgreement: marked final', () => {
  const firstParagraph = (document: FlokkDocument) =>
    text({ ...document, blocks: document.blocks.slice(1, 2) });
  const model = 'vertskommune-administrativ';

  it('says «Endelig utkast» only for a complete draft asked to be final', () => {
    const complete = buildAgreement(filledCase(model), { model, language: 'nb', final: true });
    expect(complete.check.final).toBe(true);
    expect(firstParagraph(complete.document)).toMatch(/^Endelig utkast\. /);
    const nn = buildAgreement(filledCase(model), { model, language: 'nn', final: true });
    expect(firstParagraph(nn.document)).toMatch(/^Endeleg utkast\. /);
  });

  it('says «Utkast – ikke endelig» when not asked, or when a point is missing', () => {
    const notAsked = buildAgreement(filledCase(model), { model, language: 'nb' });
    expect(firstParagraph(notAsked.document)).toMatch(/^Utkast – ikke endelig\. /);
    const incomplete = buildAgreement(defaultCase(), { model, language: 'nb', final: true });
    expect(firstParagraph(incomplete.document)).toMatch(/^Utkast – ikke endelig\. /);
  });

  it('names each missing point with its paragraph when it cannot be final', () => {
    const incomplete = buildAgreement(defaultCase(), { model, language: 'nb', scenarioId: SCENARIO });
    const message = agreementIncompleteMessage(incomplete.check, 'nb') ?? '';
    const missing = incomplete.check.points.filter((p) => p.status === 'missing');
    expect(missing.length).toBeGreaterThan(0);
    for (const point of missing) expect(message).toContain(`${point.label} (${point.paragraph})`);
    expect(message).toMatch(/^Utkastet kan ikke merkes som endelig/);
    expect(agreementIncompleteMessage(incomplete.check, 'en')).toMatch(/^The draft cannot be marked final/);
    const complete = buildAgreement(filledCase(model), { model, language: 'nb' });
    expect(agreementIncompleteMessage(complete.check, 'nb')).toBeNull();
  });
});
