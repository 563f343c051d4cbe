import { registerEnumType } from 'type-graphql';

/** The five openness principles of the network's charter. Shared by participation and evaluation. */
export enum OpennessPrinciple {
  TRANSPARENCY = 'TRANSPARENCY',
  ACCOUNTABILITY = 'ACCOUNTABILITY',
  ACCESS_TO_INFORMATION = 'ACCESS_TO_INFORMATION',
  CITIZEN_PARTICIPATION = 'CITIZEN_PARTICIPATION',
  DIGITALIZATION = 'DIGITALIZATION',
}
registerEnumType(OpennessPrinciple, {
  name: 'OpennessPrinciple',
  description:
    "One of the five openness principles of the network's charter; proposals and commitments are tagged with them.",
  valuesConfig: {
    TRANSPARENCY: { description: 'Transparency (الشفافية, transparence).' },
    ACCOUNTABILITY: { description: 'Accountability (المساءلة, redevabilité).' },
    ACCESS_TO_INFORMATION: {
      description:
        'The right of access to information (الحق في الوصول إلى المعلومة), law 31-13, including proactive publication.',
    },
    CITIZEN_PARTICIPATION: { description: 'Citizen participation (المشاركة المواطنة, participation citoyenne).' },
    DIGITALIZATION: { description: 'Digitalisation (الرقمنة, digitalisation).' },
  },
});
