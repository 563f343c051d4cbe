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
  description: 'Transparency, accountability, access to information, citizen participation, digitalisation.',
});
