/**
 * Whether a cooperation model needs a data processing agreement (databehandleravtale, GDPR art. 28) when it
 * processes personal data for the municipalities, e.g. running payroll for their employees. Every organisation
 * that lets another process personal data on its behalf must have one [L21a]; the controller decides purposes
 * and means, the processor acts on instructions [L21b]; payroll and invoicing are typical processor relations
 * [L21c]. Applying this to a host municipality or a KO is Flokk's reading: no Datatilsynet or KS text on
 * their roles was found, so those facts are flagged.
 * @module
 */
import { fact, unconfirmedFact, type LegalFact } from '../legal-fact.ts';
import type { DataProcessingRole } from '../legal-model.ts';
import { ref } from '../legal-reference.ts';

const article28 = [
  ref('personvernforordningen', 'art. 28', 'L21a'),
  ref('datatilsynet', null, 'L21b', 'L21c'),
];

/** A separate legal person (IKS, AS, SA, forening, a selling municipality) processing on the municipalities' behalf. */
export const processorAgreementNeeded: LegalFact<DataProcessingRole> = fact(
  'agreementNeeded',
  {
    nb: 'Behandler samarbeidet personopplysninger på vegne av kommunene (for eksempel lønn eller fakturering), er hver kommune behandlingsansvarlig og samarbeidet databehandler: det må inngås databehandleravtale.',
    nn: 'Handsamar samarbeidet personopplysningar på vegner av kommunane (til dømes løn eller fakturering), er kvar kommune behandlingsansvarleg og samarbeidet databehandlar: det må inngåast databehandlaravtale.',
    en: 'Where the cooperation processes personal data on the municipalities’ behalf (e.g. payroll or invoicing), each municipality is the controller and the cooperation the processor: a data processing agreement is needed.',
  },
  article28,
);

/** A host municipality (or a KO's office municipality) processing for the partners: Flokk's reading, not confirmed. */
export const hostProcessorAgreement: LegalFact<DataProcessingRole> = unconfirmedFact(
  'agreementNeeded',
  {
    nb: 'Vertskommunen behandler personopplysninger for de andre kommunene, som er behandlingsansvarlige for sine innbyggere og ansatte: det trengs databehandleravtale. At dette gjelder mellom kommuner i et slikt samarbeid, er Flokks lesning (ikke bekreftet). Overføres de ansatte til vertskommunen, er den behandlingsansvarlig for sine egne ansatte.',
    nn: 'Vertskommunen handsamar personopplysningar for dei andre kommunane, som er behandlingsansvarlege for innbyggjarane og dei tilsette sine: det trengst databehandlaravtale. At dette gjeld mellom kommunar i eit slikt samarbeid, er lesinga til Flokk (ikkje stadfesta). Blir dei tilsette overførte til vertskommunen, er han behandlingsansvarleg for sine eigne tilsette.',
    en: 'The host processes personal data for the other municipalities, which are the controllers for their inhabitants and employees: a data processing agreement is needed. That this applies between municipalities in such a cooperation is Flokk’s reading (not confirmed). If the staff are transferred to the host, it is the controller for its own employees.',
  },
  article28,
);

/** A KO: its own legal person, or run by an office municipality for the others; not confirmed either way. */
export const taskCommunityProcessorAgreement: LegalFact<DataProcessingRole> = unconfirmedFact(
  'agreementNeeded',
  {
    nb: 'Er fellesskapet et eget rettssubjekt, behandler det personopplysninger for kommunene og trenger databehandleravtale med hver av dem. Er det ikke det, gjør en kontorkommune arbeidet for de andre, og Flokk leser det på samme måte (ikke bekreftet).',
    nn: 'Er fellesskapet eit eige rettssubjekt, handsamar det personopplysningar for kommunane og treng databehandlaravtale med kvar av dei. Er det ikkje det, gjer ein kontorkommune arbeidet for dei andre, og Flokk les det på same måte (ikkje stadfesta).',
    en: 'If the community is its own legal person, it processes personal data for the municipalities and needs a data processing agreement with each. If not, an office municipality does the work for the others, and Flokk reads it the same way (not confirmed).',
  },
  article28,
);

/** A professional network exchanges knowledge, not the municipalities' personal data. */
export const noProcessing: LegalFact<DataProcessingRole> = fact(
  'noProcessing',
  {
    nb: 'Nettverket deler kunnskap; hver kommune behandler selv personopplysningene i sine tjenester, så ingen databehandleravtale trengs.',
    nn: 'Nettverket deler kunnskap; kvar kommune handsamar sjølv personopplysningane i tenestene sine, så ingen databehandlaravtale trengst.',
    en: 'The network shares knowledge; each municipality processes the personal data of its own services, so no data processing agreement is needed.',
  },
  [ref('saksdokument', null, 'S34c'), ...article28],
);

/** A political council produces no services, so it processes no service data. */
export const noServiceProcessing: LegalFact<DataProcessingRole> = fact(
  'notApplicable',
  {
    nb: 'Rådet skal ikke produsere tjenester og behandler derfor ikke personopplysninger i tjenestene.',
    nn: 'Rådet skal ikkje produsere tenester og handsamar difor ikkje personopplysningar i tenestene.',
    en: 'The council shall not produce services and so processes no personal data of the services.',
  },
  [ref('veileder', 'kap. 3.2.2', 'L6')],
);
