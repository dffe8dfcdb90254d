/**
 * Postmottak (mail reception): registration and journaling make no individual decisions, but each public body
 * keeps its journal (offentleglova § 10) [S27], and access requests must be decided by the body that receives
 * them (§ 29) and can be appealed to the statsforvalter (§ 32) [L12]. Whether an access decision is formally
 * an enkeltvedtak is UNCONFIRMED (the act applies forvaltningsloven chapter VI «as far as suitable»), so the
 * decision part constrains the models that cannot decide, with the flag.
 * @module
 */
import { fact, unconfirmedFact } from '../legal-fact.ts';
import { ref } from '../legal-reference.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { caseFilePersonalData, noOpeningFound, noPrincipledCases, preparation } from './shared.ts';

const accessSections = [ref('offentleglova', '§ 29', 'L12'), ref('offentleglova', '§ 32', 'L12')];

export const mailReception: ServiceAttributes = {
  code: 'mailReception',
  name: { nb: 'Postmottak', nn: 'Postmottak', en: 'Mail reception' },
  individualDecisions: unconfirmedFact(
    'part',
    {
      nb: 'Registrering og journalføring gir ingen enkeltvedtak, men innsynskrav skal avgjøres, og avslag kan påklages. At en innsynsavgjørelse formelt er et enkeltvedtak, er ikke bekreftet: loven bruker forvaltningslovens klageregler «så langt dei passar».',
      nn: 'Registrering og journalføring gir ingen enkeltvedtak, men innsynskrav skal avgjerast, og avslag kan klagast på. At ei innsynsavgjerd formelt er eit enkeltvedtak, er ikkje stadfesta: lova nyttar klagereglane i forvaltningslova «så langt dei passar».',
      en: 'Registration and journaling make no individual decisions, but access requests must be decided, and refusals can be appealed. That an access decision is formally an individual decision is not confirmed: the act applies the appeal rules of forvaltningsloven «as far as suitable».',
    },
    [ref('offentleglova', '§ 10', 'S27'), ...accessSections],
  ),
  principledCases: noPrincipledCases,
  statutoryTask: fact(
    'yes',
    {
      nb: 'Ja – hvert offentlig organ skal føre journal (offentleglova § 10).',
      nn: 'Ja – kvart offentleg organ skal føre journal (offentleglova § 10).',
      en: 'Yes – every public body must keep a journal (offentleglova § 10).',
    },
    [ref('offentleglova', '§ 10', 'S27')],
  ),
  specialActOpening: noOpeningFound(
    {
      nb: 'Ingen regel som lar et selskap eller et oppgavefellesskap avgjøre innsynskrav i kommunenes dokumenter, er funnet (ikke bekreftet).',
      nn: 'Ingen regel som lèt eit selskap eller eit oppgåvefellesskap avgjere innsynskrav i dokumenta til kommunane, er funnen (ikkje stadfesta).',
      en: 'No rule has been found that lets a company or a task community decide access requests for the municipalities’ documents (not confirmed).',
    },
    [ref('offentleglova', '§ 2', 'S27')],
  ),
  preparation: preparation({
    nb: 'Ta imot, skanne, registrere og fordele post, og forberede svar på innsynskrav.',
    nn: 'Ta imot, skanne, registrere og fordele post, og førebu svar på innsynskrav.',
    en: 'Receiving, scanning, registering and distributing mail, and preparing answers to access requests.',
  }),
  appeal: {
    body: 'countyGovernor',
    text: {
      nb: 'Statsforvalteren er klageinstans for innsynsavgjørelser fra kommunale organer (offentleglova § 32 første ledd). Et krav som ikke er besvart innen fem arbeidsdager, regnes som avslag og kan påklages (§ 32 annet ledd). Klageinstansen for selskaper og andre rettssubjekter fastsettes i forskrift og er ikke bekreftet.',
      nn: 'Statsforvaltaren er klageinstans for innsynsavgjerder frå kommunale organ (offentleglova § 32 første ledd). Eit krav som ikkje er svara på innan fem arbeidsdagar, blir rekna som avslag og kan klagast på (§ 32 andre ledd). Klageinstansen for selskap og andre rettssubjekt blir fastsett i forskrift og er ikkje stadfesta.',
      en: 'The statsforvalter (county governor) is the appeals body for access decisions by municipal bodies (offentleglova § 32 first para.). A request not answered within five working days counts as a refusal and can be appealed (§ 32 second para.). The appeals body for companies and other legal persons is set by regulation and is not confirmed.',
    },
    references: accessSections,
    unconfirmed: false,
  },
  registry: {
    text: {
      nb: 'Journalen: hvert offentlig organ skal føre sin egen journal.',
      nn: 'Journalen: kvart offentleg organ skal føre sin eigen journal.',
      en: 'The journal: every public body must keep its own journal.',
    },
    references: [ref('offentleglova', '§ 10', 'S27')],
    unconfirmed: false,
  },
  personalData: caseFilePersonalData,
  retained: [
    {
      code: 'own_journal',
      part: 'registry',
      text: {
        nb: 'Hvert offentlig organ skal føre sin journal etter arkivreglene; det delte postmottaket fører den på vegne av hver kommune.',
        nn: 'Kvart offentleg organ skal føre journalen sin etter arkivreglane; det delte postmottaket fører han på vegner av kvar kommune.',
        en: 'Each public body must keep its journal under the archive rules; the shared mail room keeps it on each municipality’s behalf.',
      },
      references: [ref('offentleglova', '§ 10', 'S27')],
      unconfirmed: false,
      limitsSharing: false,
    },
    {
      code: 'access_requests_without_delay',
      part: 'decision',
      text: {
        nb: 'Organet som mottar et innsynskrav, skal vurdere det konkret og selvstendig uten ugrunnet opphold; avslag skal være skriftlig og vise til hjemmelen.',
        nn: 'Organet som tek imot eit innsynskrav, skal vurdere det konkret og sjølvstendig utan ugrunna opphald; avslag skal vere skriftleg og vise til heimelen.',
        en: 'The body receiving an access request must assess it concretely and independently without undue delay; a refusal must be in writing and cite its legal basis.',
      },
      references: [ref('offentleglova', '§ 29', 'L12'), ref('offentleglova', '§ 31', 'L12')],
      unconfirmed: false,
      limitsSharing: false,
    },
  ],
  modelRules: [
    {
      code: 'host_body_decides_access',
      part: 'decision',
      appliesTo: ['hostMunicipality'],
      effect: 'allows',
      text: {
        nb: 'I et vertskommunesamarbeid avgjør vertskommunens organ som har dokumentene; det er et kommunalt organ, så klagen går til statsforvalteren (Flokks lesning av §§ 29 og 32, ikke bekreftet).',
        nn: 'I eit vertskommunesamarbeid avgjer organet i vertskommunen som har dokumenta; det er eit kommunalt organ, så klaga går til statsforvaltaren (lesinga til Flokk av §§ 29 og 32, ikkje stadfesta).',
        en: 'In a host-municipality cooperation the host’s body holding the documents decides; it is a municipal body, so appeals go to the statsforvalter (Flokk’s reading of §§ 29 and 32, not confirmed).',
      },
      references: accessSections,
      unconfirmed: true,
    },
  ],
  notes: [],
  coveredBySources: true,
};
