/**
 * The sources behind the legal facts, keyed as in `../shared/domain/LAW.md` section 7. Every legal fact in
 * `src/engine/legal` names one or more of these keys, so a screen or document can link each claim to the
 * text that was actually read.
 * @module
 */

/** A source key from LAW.md section 7. */
export type SourceKey =
  | 'S1a'
  | 'S2'
  | 'S5'
  | 'S6'
  | 'S7'
  | 'S8'
  | 'S10'
  | 'S11'
  | 'S12'
  | 'S13'
  | 'S14'
  | 'S15'
  | 'S17'
  | 'S18'
  | 'S19'
  | 'S20'
  | 'S21'
  | 'S22'
  | 'S23'
  | 'S24'
  | 'S25'
  | 'S26'
  | 'S27'
  | 'S28'
  | 'S29'
  | 'S33c'
  | 'S34a'
  | 'S34b'
  | 'S34c'
  | 'S41'
  | 'S42a'
  | 'S42b'
  | 'S42c'
  | 'S30a'
  | 'S30b'
  | 'S30c'
  | 'S30d'
  | 'S30e'
  | 'S30f'
  | 'S31a'
  | 'S31b'
  /** Keys from LAW-ADDENDUM.md section 8 (procurement, staff transfer, appeals, access, personal data). */
  | 'L1'
  | 'L3'
  | 'L4'
  | 'L6'
  | 'L9'
  | 'L10'
  | 'L11'
  | 'L12'
  | 'L13'
  | 'L15'
  | 'L16'
  | 'L17'
  | 'L18'
  | 'L19'
  | 'L20'
  | 'L21a'
  | 'L21b'
  | 'L21c';

export interface Source {
  title: string;
  /** `null` where the notes give no address (L4 was seen only as an index excerpt). */
  url: string | null;
}

/** Title and address of each source, copied from LAW.md section 7. */
export const SOURCES: Readonly<Record<SourceKey, Source>> = {
  S1a: {
    title: 'Kommuneloven as enacted 2018 (Lovtidend XML, incl. § 31-6 amendments to other acts)',
    url: 'https://github.com/CDP-group-9/CDP_Trondheim_Kommune/blob/3b6ae68820120451ddd6ccc2a944434a89ba74fe/backend/common/utils/lovdataxml/nl-20180622-083.xml',
  },
  S2: { title: 'IKS-loven LOV-1999-01-29-6', url: 'https://lovdata.no/lov/1999-01-29-6' },
  S5: {
    title: 'Veileder om interkommunalt samarbeid, kap. 3',
    url: 'https://www.regjeringen.no/no/dokumenter/veileder-om-interkommunalt-samarbeid/id2998121/?ch=3',
  },
  S6: {
    title: 'Veileder om interkommunalt samarbeid, kap. 5 (vertskommune)',
    url: 'https://www.regjeringen.no/no/dokumenter/veileder-om-interkommunalt-samarbeid/id2998121/?ch=5',
  },
  S7: {
    title: 'Veileder om interkommunalt samarbeid, kap. 6 (KO og IPR)',
    url: 'https://www.regjeringen.no/no/dokumenter/veileder-om-interkommunalt-samarbeid/id2998121/?ch=6',
  },
  S8: {
    title: 'Oversikt over ulike samarbeidsmodeller (KDD)',
    url: 'https://www.regjeringen.no/no/tema/kommuner-og-regioner/kommunalrett-og-kommunal-inndeling/kommuneloven2018/interkommunalt-samarbeid/oversikt-over-ulike-samarbeidsmodeller/id2994459/',
  },
  S10: {
    title: 'KDD: § 19-1 – delegering av myndighet til kommunalt oppgavefellesskap (13.04.2021)',
    url: 'https://www.regjeringen.no/no/dokumenter/-19-1-delegering-av-myndighet-til-kommunalt-oppgavefellesskap/id2845439/',
  },
  S11: {
    title: 'Samfunnsbedriftene: Et kommunalt oppgavefellesskap kan ikke treffe enkeltvedtak',
    url: 'https://www.samfunnsbedriftene.no/artikkel/et-kommunalt-oppgavefellesskap-kan-ikke-treffe-enkeltvedtak',
  },
  S12: {
    title: 'KDD: Kommuneloven kapittel 18 – registrering av interkommunalt politisk råd (30.11.2023)',
    url: 'https://www.regjeringen.no/no/dokumenter/kommuneloven-kapittel-18-registrering-av-interkommunalt-politisk-rad/id3045673/',
  },
  S13: {
    title: 'KS: Registrering av interkommunalt samarbeid',
    url: 'https://www.ks.no/fagomrader/demokrati-og-styring/kommunestruktur/registering-av-interkommunalt-samarbeid/',
  },
  S14: {
    title: 'Statsforvalteren i Rogaland: Ny veileder om interkommunalt samarbeid',
    url: 'https://www.statsforvalteren.no/nb/Rogaland/Kommunal-styring/Kommunalrett/ny-veileder-om-interkommunalt-samarbeid/',
  },
  S15: {
    title: 'FKT: Endringer i lover og forskrifter fra 1. juli 2023',
    url: 'https://www.fkt.no/fagtema/kommunalrett/endringer-i-lover-og-forskrifter-fra-1-juli-2023/',
  },
  S17: {
    title: 'NKRF om Prop. 61 L (2022–2023) (IKS)',
    url: 'https://www.nkrf.no/nyheter/2023/03/25/lovproposisjon-om-endringer-i-iks-loven',
  },
  S18: {
    title: 'Samfunnsbedriftene: Stortinget vedtok endringer i IKS-loven',
    url: 'https://www.samfunnsbedriftene.no/artikkel/stortinget-vedtok-endringer-i-iks-loven',
  },
  S19: {
    title: 'Lørenskog kommune: Organisasjonsformer',
    url: 'https://www.lorenskog.kommune.no/politikk-og-medvirkning/eierstyring/organisasjonsformer',
  },
  S20: {
    title: 'Lovkommentar pbl § 3-3',
    url: 'https://www.regjeringen.no/no/dokument/dep/kdd/veiledninger_brosjyrer/2009/lovkommentar-til-plandelen-i-/kapittel-3-oppgaver-og-myndighet-i-planl/-3-3-kommunens-planoppgaver-og-planleggi/id556746/',
  },
  S21: {
    title: 'Miljødirektoratet: Delegere innad i kommunen',
    url: 'https://www.miljodirektoratet.no/myndigheter/rad-til-saksbehandleren/delegere-innad-i-kommunen/generelle-rad-og-krav/',
  },
  S22: {
    title: 'Lovkommentar pbl § 12-12 (2009)',
    url: 'https://www.regjeringen.no/no/dokument/dep/kmd/veiledninger_brosjyrer/2009/lovkommentar-til-plandelen-i-/kapittel-12-reguleringsplan/-12-12-vedtak-av-reguleringsplan/id556804/',
  },
  S23: {
    title: 'Lovkommentar pbl kap. 9 (§§ 9-1, 9-2, 9-3, 9-5, 9-6)',
    url: 'https://www.regjeringen.no/no/dokument/dep/kmd/veiledninger_brosjyrer/2009/lovkommentar-til-plandelen-i-/kapittel-9-interkommunalt-plansamarbeid/-9-1-interkommunalt-plansamarbeid/id556777/',
  },
  S24: {
    title: 'Lovkommentar pbl § 2-1 (2020) og § 2-2 (2009)',
    url: 'https://www.regjeringen.no/no/dokumentarkiv/regjeringen-solberg/andre-dokumenter/kmd/2020/lovkommentar-til-plandelen-av-plan--og-bygningsloven/id2701235/?ch=2',
  },
  S25: {
    title: 'Landmålerbrev: KDD overgangsordning; Kart og Plan 2024/2',
    url: 'https://www.regjeringen.no/no/tema/plan-bygg-og-eiendom/kart/matrikkelen/overgangsordning_landmalerbrev/id2952779/',
  },
  S26: { title: 'Arkivlova 1992', url: 'https://lovdata.no/lov/1992-12-04-126' },
  S27: { title: 'Offentleglova §§ 2, 10', url: 'https://lovdata.no/lov/2006-05-19-16' },
  S28: {
    title: 'Forskrift om kommunal beredskapsplikt FOR-2011-08-22-894 (2011-teksten)',
    url: 'https://lovdata.no/forskrift/2011-08-22-894',
  },
  S29: {
    title: 'Landbruk: FOR-2003-12-08-1479; Prop. 107 L (2023–2024); Innst. 23 L (2024–2025)',
    url: 'https://lovdata.no/dokument/DEL/forskrift/2003-12-08-1479',
  },
  S33c: {
    title: 'Kommunal Rapport om NIVI 2021:1 (landbruk og plan)',
    url: 'https://www.kommunal-rapport.no/kommunereform/60-faerre-interkommunale-samarbeid-etter-sammenslaing/128577!/',
  },
  S34a: {
    title: 'Statuspresentasjon for kommunestyret i Midtre Gauldal, 3.2.2026',
    url: '../shared/seeds/000_33d1f9beebd60824.txt',
  },
  S34b: {
    title: 'Saksframlegg (interkommunalt samarbeid), sitat fra NIVI 2024:2 om AKST',
    url: '../shared/seeds/001_c7545bf3c01f603e.txt',
  },
  S34c: { title: 'Saksframlegg (interkommunalt samarbeid)', url: '../shared/seeds/001_c7545bf3c01f603e.txt' },
  S41: { title: 'Aksjeloven § 1-2', url: 'https://lovdata.no/lov/1997-06-13-44' },
  S42a: {
    title: 'Selskapsavtale: Rogaland brann og redning IKS',
    url: 'http://docplayer.me/1017917-Selskapsavtale-for-brannvesenet-sor-rogaland-rogaland-brann-og-redning-iks.html',
  },
  S42b: {
    title: 'Kommunal Rapport (Bernt): IKS-loven § 6',
    url: 'https://kommunal-rapport.no/bernt-svarer/2019/01/representantskap-til-et-iks-skal-velges-av-kommunestyret',
  },
  S42c: {
    title: 'Follo Ren IKS (avfall)',
    url: 'https://docplayer.me/1712840-Etablering-av-kretslop-follo-vurdering-av-selskapsform.html',
  },
  S30a: {
    title: 'Arbeidsmiljøloven § 16-1',
    url: 'https://arbeidsmiljoloven.com/paragraf/hva-kapitlet-omfatter-2/',
  },
  S30b: {
    title: 'KS-advokatene (2017): Ulike spørsmål knyttet til organiseringen av kommunesammenslåingen',
    url: 'https://kkse04mstrzv983prep.dxcloud.episerver.net/ks-advokatene/nyheter/ulike-sporsmal-knyttet-til-organiseringen-av-kommunesammenslaingen',
  },
  S30c: {
    title: 'Prop. 45 L (2015–2016) kap. 6',
    url: 'https://cms12.regjeringen.no/no/dokumenter/prop.-45-l-20152016/id2468297/?ch=6',
  },
  S30d: {
    title: 'Ot.prp. nr. 79 (2000–2001) kap. 4',
    url: 'https://regjeringen.no/no/dokumenter/otprp-nr-79-2000-2001-/id123595/?ch=4',
  },
  S30e: {
    title: 'Arbeidsmiljøloven § 16-5',
    url: 'https://arbeidsmiljoloven.com/article/%C2%A7-16-5-informasjon-og-drofting-med-tillitsvalgte/?print=print',
  },
  S30f: {
    title: 'Arbeidsmiljøloven § 16-6 (Statens personalhåndbok)',
    url: 'https://lovdata.no/dokument/SPH/sph-2017/KAPITTEL_2-7-2-2',
  },
  S31a: {
    title: 'KS: Forhandlingsløsning om Hovedavtalen (2024)',
    url: 'https://www.ks.no/fagomrader/lonn-og-tariff/hovedavtalen/forhandlingslosning-om-hovedavtalen/',
  },
  S31b: {
    title: 'KS: Hovedavtalen 2022–2023',
    url: 'https://www.ks.no/fagomrader/lonn-og-tariff/hovedavtalen/hovedavtalen-01.01.2022-31.12-2023/',
  },
  L1: {
    title: 'NFD: Veileder til reglene om offentlige anskaffelser, kap. 4 Samarbeid i offentlig sektor',
    url: 'https://www.regjeringen.no/no/dokumenter/veileder-offentlige-anskaffelser/id2581234/?ch=6',
  },
  L3: {
    title: 'foa.no (2018): Strenge grenser for offentlig samarbeid utenfor anskaffelsesregelverket',
    url: 'https://www.foa.no/single-post/2018/09/15/strenge-grenser-for-offentlig-samarbeid-utenfor-anskaffelsesregelverket',
  },
  L4: {
    title: 'Beslutningstre for offentlige anskaffelser (offentlig kildekode; lovteksten ikke lest)',
    url: null,
  },
  L6: {
    title: 'Veileder om interkommunalt samarbeid (2023), kap. 3.2.2 (IPR)',
    url: 'https://cms12.regjeringen.no/no/dokumenter/veileder-om-interkommunalt-samarbeid/id2998121/?ch=3',
  },
  L9: {
    title: 'Statens personalhåndbok 2017, 2.7.2: aml. § 16-3 reservasjonsrett',
    url: 'https://lovdata.no/dokument/SPH/sph-2017/KAPITTEL_2-7-2-1',
  },
  L10: {
    title: 'Ot.prp. nr. 79 (2000–2001) kap. 4: reglene i offentlige virksomheter',
    url: 'https://regjeringen.no/no/dokumenter/otprp-nr-79-2000-2001-/id123595/?ch=4',
  },
  L11: {
    title: 'Wikborg Rein: pensjon ved virksomhetsoverdragelse (siterer aml. § 16-2 første ledd)',
    url: 'https://www.wr.no/aktuelt/arbeidsrettstips/kan-ansatte-kreve-samme-pensjonsordning-etter-a-ha-blitt-virksomhetsoverdratt/',
  },
  L12: { title: 'Offentleglova §§ 29, 31, 32', url: 'https://lovdata.no/lov/2006-05-19-16' },
  L13: {
    title: 'UiO-oppgave: Arbeidstakers reservasjonsrett og valgrett ved virksomhetsoverdragelse',
    url: 'http://docplayer.me/21285610-Arbeidstakers-reservasjonsrett-og-valgrett-ved-virksomhetsoverdragelse.html',
  },
  L15: {
    title: 'Statens pensjonskasse: Overføringsavtalen',
    url: 'https://www.spk.no/arbeidsgiver/medlemskap-for-verksemder/overforingsavtalen/',
  },
  L16: {
    title: 'Sikringsordningen: Overføringsavtalen',
    url: 'https://sikringsordningen.no/om-oss/overforingsavtalen/',
  },
  L17: {
    title: 'KA-rundskriv 29/04: Pensjon – Overføringsavtalen',
    url: 'https://www.ka.no/sak/article/1139591',
  },
  L18: {
    title: 'Lovkommentar plandelen (2009): pbl § 1-9 forholdet til forvaltningsloven og klage',
    url: 'https://www.regjeringen.no/no/dokument/dep/kmd/veiledninger_brosjyrer/2009/lovkommentar-til-plandelen-i-/kapittel-1-fellesbestemmelser/-1-9-forholdet-til-forvaltningsloven-og-/id556739/',
  },
  L19: {
    title: 'Statsforvaltaren i Møre og Romsdal: Rettleiing klagesaker',
    url: 'https://www.statsforvalteren.no/nn/More-og-Romsdal/Plan-og-bygg/Plan--og-bygningsrett/rettleiing-klagesaker/',
  },
  L20: {
    title: 'Statsforvalteren i Innlandet: Plan- og bygningsrett (klage)',
    url: 'https://www.statsforvalteren.no/innlandet/plan-og-bygg/plan--og-bygningsrett/',
  },
  L21a: {
    title: 'Datatilsynet: Databehandleravtale',
    url: 'https://www.datatilsynet.no/rettigheter-og-plikter/virksomhetenes-plikter/databehandleravtale/',
  },
  L21b: {
    title: 'Datatilsynet: Behandlingsansvarlig og databehandler',
    url: 'https://www.datatilsynet.no/rettigheter-og-plikter/virksomhetenes-plikter/databehandleravtale/behandlingsansvarlig-og-databehandler/?print=true',
  },
  L21c: {
    title: 'Datatilsynet (eldre veileder): Databehandleravtale – kravene til avtalen',
    url: 'https://www.datatilsynet.no/regelverk-og-skjema/veiledere/databehandleravtale/?id=7365',
  },
};
