/**
 * Fixed ids of the demo records, shared by every subgraph's seed so that one can refer to another's
 * records (Tamazgana's id in participation, a programme's id in a proposal) without reading its schema.
 */
const uuid = (prefix: string, index: number) => `${prefix}-0000-4000-8000-${String(index).padStart(12, '0')}`;

/** Region codes 01–12 (2015 division). */
export const regionId = (code: number): string => uuid('00000001', code);

export const DemoIds = {
  network: 'moroccan-network',
  tamazgana: uuid('00000002', 1),
  /** A clearly fictional commune, to show a second tenant. */
  demoCommune: uuid('00000002', 2),
  events: {
    tamazganaKickoff: uuid('00000003', 1),
    tamazganaCommittee: uuid('00000003', 2),
    tamazganaWorkshop: uuid('00000003', 3),
    tamazganaCouncilSession: uuid('00000003', 4),
    tamazganaConsultation: uuid('00000003', 5),
    networkTraining: uuid('00000003', 50),
    demoCommuneInformationMeeting: uuid('00000003', 101),
    demoCommuneWorkshop: uuid('00000003', 102),
    demoCommuneConsultation: uuid('00000003', 103),
  },
  proposals: {
    tamazganaTransparency: uuid('00000006', 1),
    tamazganaAccountability: uuid('00000006', 2),
    tamazganaAccessToInformation: uuid('00000006', 3),
    tamazganaParticipation: uuid('00000006', 4),
    tamazganaParticipationMerged: uuid('00000006', 5),
    tamazganaDigitalization: uuid('00000006', 6),
    tamazganaRejected: uuid('00000006', 7),
    demoCommuneDraft: uuid('00000006', 101),
  },
  organisations: {
    demoCommuneAssociation: uuid('00000007', 101),
  },
  accounts: {
    network: uuid('00000005', 1),
    tamazganaAdmin: uuid('00000005', 2),
    tamazganaEditor: uuid('00000005', 3),
    demoCommuneAdmin: uuid('00000005', 4),
  },
  commitments: {
    tamazganaCouncilMinutes: uuid('00000008', 1),
    tamazganaInformationDesk: uuid('00000008', 2),
    tamazganaBudgetConsultations: uuid('00000008', 3),
    demoCommuneRegisterOnline: uuid('00000008', 101),
    demoCommuneBudgetSummary: uuid('00000008', 102),
  },
  programs: {
    tamazgana: uuid('00000004', 1),
    demoCommune: uuid('00000004', 2),
    /** The fictional commune's adopted programme (invented), beside its unpublished draft. */
    demoCommuneAdopted: uuid('00000004', 3),
  },
  /** The network's library: illustrative entries. */
  library: {
    coCreationMethod: uuid('000000b1', 1),
    commitmentSheetTemplate: uuid('000000b1', 2),
    tamazganaCouncilMinutesPractice: uuid('000000b1', 3),
    informationRequestRegister: uuid('000000b1', 4),
  },
} as const;
