import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { assertNetworkAdmin, badUserInput, inLanguage, Language, moroccoLocal, notFound, recordAudit } from '@infitah/server-kit';
import type { TerritoryContext } from '../context';
import { Charter, CharterText, DemoNote, ReportedComposition, SupportProgramme } from './network-content.entity';
import { CharterInput, SupportProgrammeInput } from './network-content.input';
import { Network } from './network.entity';

const NETWORK_ID = 'moroccan-network';
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Trimmed, 1–max characters (or 0–max when blank is allowed); BAD_USER_INPUT naming the field otherwise. */
function textOf(field: string, value: string, max: number, allowBlank = false): string {
  const trimmed = value.trim();
  if (!allowBlank && !trimmed) throw badUserInput(field, 'must not be blank');
  if (trimmed.length > max) throw badUserInput(field, `must be at most ${max} characters`);
  return trimmed;
}

function listOf<T>(field: string, items: T[], min: number, max: number): T[] {
  if (items.length < min || items.length > max) throw badUserInput(field, `must hold between ${min} and ${max} items`);
  return items;
}

function partialPastDate(field: string, value: string): string {
  const trimmed = value.trim();
  const match = PARTIAL_DATE.exec(trimmed);
  const [, year, month, day] = match ?? [];
  const valid =
    match && (!month || (+month >= 1 && +month <= 12)) && (!day || new Date(Date.UTC(+year, +month - 1, +day)).getUTCDate() === +day);
  if (!valid) throw badUserInput(field, 'must be an ISO-8601 date such as 2022, 2022-12 or 2022-12-01');
  if (trimmed > moroccoLocal(new Date(), 'DAY').slice(0, trimmed.length)) throw badUserInput(field, 'must not be in the future');
  return trimmed;
}

const textsOf = (field: string, items: CharterText[], min: number): CharterText[] =>
  listOf(field, items, min, 20).map((item, index) => ({
    textAr: textOf(`${field}[${index}].textAr`, item.textAr, 2000),
    textFr: textOf(`${field}[${index}].textFr`, item.textFr, 2000),
  }));

@Resolver(() => Network)
export class NetworkContentResolver {
  @FieldResolver(() => SupportProgramme, { nullable: true, description: 'The support programme that runs the network; null if not recorded. Public.' })
  supportProgramme(@Root() network: Network, @Ctx() context: TerritoryContext): Promise<SupportProgramme | null> {
    return context.loaders.supportProgrammeByNetworkId.load(network.id);
  }

  @FieldResolver(() => Charter, { nullable: true, description: 'The network’s charter; null if not recorded. Public.' })
  charter(@Root() network: Network, @Ctx() context: TerritoryContext): Promise<Charter | null> {
    return context.loaders.charterByNetworkId.load(network.id);
  }

  @FieldResolver(() => ReportedComposition, {
    nullable: true,
    description: 'The composition the network reports in a dated source (228 members in March 2025), to show beside `memberCount`; null if none is recorded. Public.',
  })
  reportedComposition(@Root() network: Network, @Ctx() context: TerritoryContext): Promise<ReportedComposition | null> {
    return context.loaders.reportedCompositionByNetworkId.load(network.id);
  }

  @FieldResolver(() => DemoNote, { nullable: true, description: 'When the demo data stands and what in it is invented; null where no demo data was loaded (production).' })
  demoData(@Root() network: Network): DemoNote | null {
    if (!network.demoAsOf) return null;
    return { asOf: network.demoAsOf, noteAr: network.demoNoteAr ?? '', noteFr: network.demoNoteFr ?? '' };
  }

  @Mutation(() => SupportProgramme, {
    description:
      'The network replaces the support programme’s content. NETWORK_ADMIN only (UNAUTHENTICATED when anonymous, FORBIDDEN otherwise); BAD_USER_INPUT naming the field (e.g. `axes[2].titleFr`) when a rule is broken, and nothing is written.',
  })
  async updateSupportProgramme(
    @Arg('input', () => SupportProgrammeInput, { description: 'The whole content.' }) input: SupportProgrammeInput,
    @Ctx() context: TerritoryContext,
  ): Promise<SupportProgramme> {
    assertNetworkAdmin(context.caller);
    const partners = listOf('partners', input.partners, 1, 10).map((partner, index) => ({
      nameAr: textOf(`partners[${index}].nameAr`, partner.nameAr, 300),
      nameFr: textOf(`partners[${index}].nameFr`, partner.nameFr, 300),
      lead: partner.lead,
    }));
    if (partners.filter((partner) => partner.lead).length !== 1) throw badUserInput('partners', 'must name exactly one lead');
    const axes = listOf('axes', input.axes, 1, 12).map((axis, index) => {
      if (axis.number !== index + 1) throw badUserInput(`axes[${index}].number`, `must be ${index + 1}: axes are numbered 1, 2, 3… in order`);
      return {
        number: axis.number,
        titleAr: textOf(`axes[${index}].titleAr`, axis.titleAr, 300),
        titleFr: textOf(`axes[${index}].titleFr`, axis.titleFr, 300),
        descriptionAr: textOf(`axes[${index}].descriptionAr`, axis.descriptionAr, 2000, true),
        descriptionFr: textOf(`axes[${index}].descriptionFr`, axis.descriptionFr, 2000, true),
      };
    });
    const values = {
      nameAr: textOf('nameAr', input.nameAr, 300),
      nameFr: textOf('nameFr', input.nameFr, 300),
      launchedOn: partialPastDate('launchedOn', input.launchedOn),
      descriptionAr: textOf('descriptionAr', input.descriptionAr, 4000, true),
      descriptionFr: textOf('descriptionFr', input.descriptionFr, 4000, true),
      partners,
      axes,
    };
    const manager = await context.manager();
    const before = await manager.findOne(SupportProgramme, { where: { networkId: NETWORK_ID } });
    if (!before) throw notFound('SupportProgramme', NETWORK_ID);
    const { networkId, updatedAt, ...beforeRecord } = before;
    void networkId;
    void updatedAt;
    await manager.update(SupportProgramme, { networkId: NETWORK_ID }, values);
    await recordAudit(manager, context.caller, {
      service: 'territory',
      collectivityId: null,
      entity: 'SupportProgramme',
      entityId: NETWORK_ID,
      action: 'UPDATE',
      before: beforeRecord,
      after: values,
    });
    context.loaders.supportProgrammeByNetworkId.clear(NETWORK_ID);
    return manager.findOneOrFail(SupportProgramme, { where: { networkId: NETWORK_ID } });
  }

  @Mutation(() => Charter, {
    description:
      'The network replaces its charter. NETWORK_ADMIN only (UNAUTHENTICATED when anonymous, FORBIDDEN otherwise); BAD_USER_INPUT naming the field (e.g. `commitments[0].textAr`) when a rule is broken, and nothing is written.',
  })
  async updateCharter(@Arg('input', () => CharterInput, { description: 'The whole charter.' }) input: CharterInput, @Ctx() context: TerritoryContext): Promise<Charter> {
    assertNetworkAdmin(context.caller);
    const values = {
      preamble: textsOf('preamble', input.preamble, 0),
      decisionAr: textOf('decisionAr', input.decisionAr, 4000, true),
      decisionFr: textOf('decisionFr', input.decisionFr, 4000, true),
      purposeAr: textOf('purposeAr', input.purposeAr, 4000, true),
      purposeFr: textOf('purposeFr', input.purposeFr, 4000, true),
      openCollectivityAr: textOf('openCollectivityAr', input.openCollectivityAr, 4000),
      openCollectivityFr: textOf('openCollectivityFr', input.openCollectivityFr, 4000),
      objectives: textsOf('objectives', input.objectives, 1),
      values: textsOf('values', input.values, 1),
      commitments: textsOf('commitments', input.commitments, 1),
    };
    const manager = await context.manager();
    const before = await manager.findOne(Charter, { where: { networkId: NETWORK_ID } });
    if (!before) throw notFound('Charter', NETWORK_ID);
    const { networkId, updatedAt, ...beforeRecord } = before;
    void networkId;
    void updatedAt;
    await manager.update(Charter, { networkId: NETWORK_ID }, values);
    await recordAudit(manager, context.caller, { service: 'territory', collectivityId: null, entity: 'Charter', entityId: NETWORK_ID, action: 'UPDATE', before: beforeRecord, after: values });
    context.loaders.charterByNetworkId.clear(NETWORK_ID);
    return manager.findOneOrFail(Charter, { where: { networkId: NETWORK_ID } });
  }
}

@Resolver(() => ReportedComposition)
export class ReportedCompositionResolver {
  @FieldResolver(() => Int, { description: 'All members reported: regions + prefecture and province councils + communes.' })
  total(@Root() composition: ReportedComposition): number {
    return composition.regions + composition.prefectureProvinceCouncils + composition.communes;
  }

  @FieldResolver(() => String, { description: 'The source, in the asked language (Arabic by default).' })
  source(
    @Root() composition: ReportedComposition,
    @Arg('language', () => Language, { nullable: true, description: 'AR (the default) or FR.' }) language: Language | null,
  ): string {
    return inLanguage({ ar: composition.sourceAr, fr: composition.sourceFr }, language);
  }
}
