/**
 * The points a cooperation agreement must contain by statute, per model: kommuneloven § 18-4 (interkommunalt
 * politisk råd), § 19-4 (kommunalt oppgavefellesskap), § 20-4 (vertskommune, with the board size of the
 * fourth paragraph for a joint elected board) and IKS-loven § 4 (selskapsavtale). The lists follow
 * `shared/domain/LAW.md` section 2. LAW.md read the IKS-loven § 4 list and § 22 only second-hand, so those
 * points carry `unconfirmed` and the product says «ikke bekreftet» beside them.
 * An aksjeselskap has no statutory cooperation agreement: aksjeloven regulates the company, not an agreement
 * between the municipalities, so its entry says so and lists no points.
 * @module
 */

/** Bokmål and nynorsk wording of one text. */
export interface NbNn {
  nb: string;
  nn: string;
}

/** The ids of the points, shared across models where the statute asks for the same thing. */
export type AgreementPointId =
  | 'participants'
  | 'host'
  | 'name'
  | 'legal-entity'
  | 'representatives'
  | 'board-members'
  | 'matters'
  | 'authority'
  | 'tasks-and-authority'
  | 'transfer-time'
  | 'notified-decisions'
  | 'financial-settlement'
  | 'contributions'
  | 'ownership-shares'
  | 'borrowing'
  | 'reporting'
  | 'head-office'
  | 'purpose'
  | 'withdrawal'
  | 'dissolution'
  | 'dissolution-and-archive'
  | 'other-statutory';

export interface AgreementPoint {
  id: AgreementPointId;
  /** The paragraph, e.g. «kommuneloven § 20-4 tredje ledd bokstav a». */
  paragraph: string;
  label: NbNn;
  /** LAW.md could not read the statute's wording for this point: shown with «ikke bekreftet». */
  unconfirmed: boolean;
}

/** The models that have a statutory agreement, by their id in the legal registry. */
export const AGREEMENT_MODEL_IDS = [
  'interkommunalt-politisk-rad',
  'kommunalt-oppgavefellesskap',
  'vertskommune-administrativ',
  'vertskommune-nemnd',
  'interkommunalt-selskap',
] as const;
export type AgreementModelId = (typeof AGREEMENT_MODEL_IDS)[number];

/**
 * statutory: the statute lists what the agreement must contain ·
 * none: the statute sets no agreement content for the model (the note says why).
 */
export type AgreementRequirements =
  | {
      kind: 'statutory';
      modelId: AgreementModelId;
      statute: string;
      agreementName: NbNn;
      points: AgreementPoint[];
    }
  | { kind: 'none'; modelId: string; note: NbNn };

const KL = 'kommuneloven';

function point(id: AgreementPointId, paragraph: string, nb: string, nn: string, unconfirmed = false) {
  return { id, paragraph, label: { nb, nn }, unconfirmed } satisfies AgreementPoint;
}

const HOST_POINTS: AgreementPoint[] = [
  point('participants', `${KL} § 20-4 tredje ledd bokstav a`, 'Deltakerne', 'Deltakarane'),
  point('host', `${KL} § 20-4 tredje ledd bokstav b`, 'Hvem som er vertskommune', 'Kven som er vertskommune'),
  point(
    'tasks-and-authority',
    `${KL} § 20-4 tredje ledd bokstav c`,
    'Hvilke oppgaver og hvilken myndighet som overføres til vertskommunen',
    'Kva oppgåver og kva mynde som blir overført til vertskommunen',
  ),
  point(
    'transfer-time',
    `${KL} § 20-4 tredje ledd bokstav d`,
    'Når oppgavene og myndigheten overføres',
    'Når oppgåvene og myndet blir overført',
  ),
  point(
    'notified-decisions',
    `${KL} § 20-4 tredje ledd bokstav e`,
    'Hvilke vedtak i vertskommunen deltakerne skal underrettes om',
    'Kva vedtak i vertskommunen deltakarane skal få melding om',
  ),
  point(
    'financial-settlement',
    `${KL} § 20-4 tredje ledd bokstav f`,
    'Hvordan det økonomiske oppgjøret mellom deltakerne og vertskommunen skal gjøres',
    'Korleis det økonomiske oppgjeret mellom deltakarane og vertskommunen skal gjerast',
  ),
  point(
    'withdrawal',
    `${KL} § 20-4 tredje ledd bokstav g`,
    'Hvordan deltakerne kan tre ut',
    'Korleis deltakarane kan tre ut',
  ),
  point(
    'dissolution',
    `${KL} § 20-4 tredje ledd bokstav h`,
    'Hvordan samarbeidet oppløses',
    'Korleis samarbeidet blir oppløyst',
  ),
  point(
    'other-statutory',
    `${KL} § 20-4 tredje ledd bokstav i`,
    'Andre forhold som lov krever at avtalen skal regulere',
    'Andre forhold som lov krev at avtalen skal regulere',
  ),
];

const BOARD_POINT = point(
  'board-members',
  `${KL} § 20-4 fjerde ledd`,
  'Antall medlemmer hver deltaker skal ha i den felles folkevalgte nemnda',
  'Talet på medlemer kvar deltakar skal ha i den felles folkevalde nemnda',
);

const NAME = (paragraph: string, must: string) =>
  point('name', paragraph, `Navnet (skal inneholde «${must}»)`, `Namnet (skal innehalde «${must}»)`);
const LEGAL_ENTITY = (paragraph: string) =>
  point('legal-entity', paragraph, 'Om det er et eget rettssubjekt', 'Om det er eit eige rettssubjekt');
const REPRESENTATIVES = (paragraph: string, unconfirmed = false) =>
  point(
    'representatives',
    paragraph,
    'Antall medlemmer hver deltaker skal ha i representantskapet',
    'Talet på medlemer kvar deltakar skal ha i representantskapet',
    unconfirmed,
  );
const OWNERSHIP = (paragraph: string, unconfirmed = false) =>
  point(
    'ownership-shares',
    paragraph,
    'Hver deltakers eierandel, og ansvarsandel der den er en annen',
    'Eigardelen til kvar deltakar, og ansvarsdelen der han er ein annan',
    unconfirmed,
  );
const WITHDRAWAL = (paragraph: string) =>
  point('withdrawal', paragraph, 'Hvordan deltakerne kan tre ut', 'Korleis deltakarane kan tre ut');
const DISSOLUTION_ARCHIVE = (paragraph: string) =>
  point(
    'dissolution-and-archive',
    paragraph,
    'Hvordan det oppløses, og hvem som tar vare på arkivet etterpå',
    'Korleis det blir oppløyst, og kven som tek vare på arkivet etterpå',
  );

const POLITICAL_COUNCIL: AgreementRequirements = {
  kind: 'statutory',
  modelId: 'interkommunalt-politisk-rad',
  statute: `${KL} § 18-4`,
  agreementName: {
    nb: 'Samarbeidsavtale for interkommunalt politisk råd',
    nn: 'Samarbeidsavtale for interkommunalt politisk råd',
  },
  points: [
    NAME(`${KL} § 18-4 fjerde ledd bokstav a`, 'interkommunalt politisk råd'),
    LEGAL_ENTITY(`${KL} § 18-4 fjerde ledd bokstav b`),
    REPRESENTATIVES(`${KL} § 18-4 fjerde ledd bokstav c`),
    point(
      'matters',
      `${KL} § 18-4 fjerde ledd bokstav d`,
      'Hvilke saker rådet kan behandle',
      'Kva saker rådet kan handsame',
    ),
    point(
      'authority',
      `${KL} § 18-4 fjerde ledd bokstav e`,
      'Hvilken myndighet rådet får',
      'Kva mynde rådet får',
    ),
    OWNERSHIP(`${KL} § 18-4 fjerde ledd bokstav f`),
    WITHDRAWAL(`${KL} § 18-4 fjerde ledd bokstav g`),
    DISSOLUTION_ARCHIVE(`${KL} § 18-4 fjerde ledd bokstav h`),
  ],
};

const TASK_COMMUNITY: AgreementRequirements = {
  kind: 'statutory',
  modelId: 'kommunalt-oppgavefellesskap',
  statute: `${KL} § 19-4`,
  agreementName: {
    nb: 'Samarbeidsavtale for kommunalt oppgavefellesskap',
    nn: 'Samarbeidsavtale for kommunalt oppgåvefellesskap',
  },
  points: [
    NAME(`${KL} § 19-4 fjerde ledd bokstav a`, 'kommunalt oppgavefellesskap'),
    LEGAL_ENTITY(`${KL} § 19-4 fjerde ledd bokstav b`),
    REPRESENTATIVES(`${KL} § 19-4 fjerde ledd bokstav c`),
    point(
      'tasks-and-authority',
      `${KL} § 19-4 fjerde ledd bokstav d`,
      'Hvilke oppgaver og hvilken myndighet fellesskapet får',
      'Kva oppgåver og kva mynde fellesskapet får',
    ),
    point(
      'contributions',
      `${KL} § 19-4 fjerde ledd bokstav e`,
      'Deltakernes plikt til å skyte inn kapital og andre ytelser',
      'Plikta deltakarane har til å skyte inn kapital og andre ytingar',
    ),
    OWNERSHIP(`${KL} § 19-4 fjerde ledd bokstav f`),
    point(
      'borrowing',
      `${KL} § 19-4 fjerde ledd bokstav g`,
      'Om fellesskapet kan ta opp lån',
      'Om fellesskapet kan ta opp lån',
    ),
    point(
      'reporting',
      `${KL} § 19-4 fjerde ledd bokstav h`,
      'Hva fellesskapet skal rapportere til deltakerne',
      'Kva fellesskapet skal rapportere til deltakarane',
    ),
    WITHDRAWAL(`${KL} § 19-4 fjerde ledd bokstav i`),
    DISSOLUTION_ARCHIVE(`${KL} § 19-4 fjerde ledd bokstav j`),
  ],
};

const HOST_NAME = { nb: 'Vertskommuneavtale', nn: 'Vertskommuneavtale' };

const HOST_ADMINISTRATIVE: AgreementRequirements = {
  kind: 'statutory',
  modelId: 'vertskommune-administrativ',
  statute: `${KL} § 20-4`,
  agreementName: HOST_NAME,
  points: HOST_POINTS,
};

const HOST_BOARD: AgreementRequirements = {
  kind: 'statutory',
  modelId: 'vertskommune-nemnd',
  statute: `${KL} § 20-4`,
  agreementName: {
    nb: 'Vertskommuneavtale med felles folkevalgt nemnd',
    nn: 'Vertskommuneavtale med felles folkevald nemnd',
  },
  points: [...HOST_POINTS, BOARD_POINT],
};

// IKS-loven § 4 third paragraph was not readable (LAW.md § 2.4): every point is unconfirmed.
const IKS = 'IKS-loven';
const COMPANY: AgreementRequirements = {
  kind: 'statutory',
  modelId: 'interkommunalt-selskap',
  statute: `${IKS} § 4`,
  agreementName: {
    nb: 'Selskapsavtale for interkommunalt selskap',
    nn: 'Selskapsavtale for interkommunalt selskap',
  },
  points: [
    point(
      'name',
      `${IKS} § 4 tredje ledd nr. 1`,
      'Selskapets foretaksnavn',
      'Føretaksnamnet til selskapet',
      true,
    ),
    point(
      'head-office',
      `${IKS} § 4 tredje ledd nr. 2`,
      'Kommunen der selskapet har hovedkontor',
      'Kommunen der selskapet har hovudkontor',
      true,
    ),
    point('purpose', `${IKS} § 4 tredje ledd nr. 3`, 'Selskapets formål', 'Føremålet til selskapet', true),
    OWNERSHIP(`${IKS} § 4 tredje ledd nr. 4`, true),
    point(
      'contributions',
      `${IKS} § 4 tredje ledd nr. 5`,
      'Hver deltakers innskuddsplikt',
      'Innskotsplikta til kvar deltakar',
      true,
    ),
    REPRESENTATIVES(`${IKS} § 4 tredje ledd nr. 6`, true),
    point(
      'borrowing',
      `${IKS} § 22`,
      'Om selskapet kan ta opp lån, og i så fall en øvre ramme for samlede lån',
      'Om selskapet kan ta opp lån, og i så fall ei øvre ramme for samla lån',
      true,
    ),
  ],
};

const LIMITED_COMPANY: AgreementRequirements = {
  kind: 'none',
  modelId: 'aksjeselskap',
  note: {
    nb: 'Et aksjeselskap har ingen lovbestemt samarbeidsavtale med minsteinnhold: aksjeloven regulerer selskapet og vedtektene, ikke en avtale mellom kommunene. Flokk lager derfor ingen avtalesjekk for AS.',
    nn: 'Eit aksjeselskap har ingen lovfesta samarbeidsavtale med minsteinnhald: aksjelova regulerer selskapet og vedtektene, ikkje ein avtale mellom kommunane. Flokk lagar difor ingen avtalesjekk for AS.',
  },
};

/** Every model with an entry: the five with statutory content, then the aksjeselskap without. */
export const AGREEMENT_REQUIREMENTS: readonly AgreementRequirements[] = [
  POLITICAL_COUNCIL,
  TASK_COMMUNITY,
  HOST_ADMINISTRATIVE,
  HOST_BOARD,
  COMPANY,
  LIMITED_COMPANY,
];

/**
 * What the statute requires of the agreement for a model, or `undefined` for a model without an entry
 * (samvirkeforetak, forening, purchase of services, networks: LAW.md gives no list).
 * @example agreementRequirements('vertskommune-administrativ')?.kind // → 'statutory'
 */
export function agreementRequirements(modelId: string): AgreementRequirements | undefined {
  return AGREEMENT_REQUIREMENTS.find((r) => r.modelId === modelId);
}

/** The mandatory points of a model with a statutory agreement. */
export function agreementPoints(modelId: AgreementModelId): AgreementPoint[] {
  const requirements = agreementRequirements(modelId);
  return requirements?.kind === 'statutory' ? requirements.points : [];
}

/** True for a model whose agreement the statute regulates. */
export function isAgreementModelId(id: string): id is AgreementModelId {
  return (AGREEMENT_MODEL_IDS as readonly string[]).includes(id);
}
