import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { assertNetworkAdmin, assertUuid, badUserInput, connectionOf, moroccoLocal, pageOf, PageArgs } from '@infitah/server-kit';
import { Collectivity } from '../collectivities/collectivity.entity';
import type { TerritoryContext } from '../context';
import { MemberProgress, MemberProgressConnection, MemberProgressFilter, RegionFigures, STAGE_ORDER, StageCount } from './member-progress.entity';
import { regionFigures, type MemberStageRow } from './member-progress.loader';
import { Network } from './network.entity';

const REGION_CODE = /^(0[1-9]|1[0-2])$/;

/** The members a filter keeps, in the list's order. */
export function filterMembers(members: MemberStageRow[], filter: MemberProgressFilter | null): MemberStageRow[] {
  const regionCode = filter?.regionCode?.trim() || null;
  if (regionCode && !REGION_CODE.test(regionCode)) throw badUserInput('regionCode', 'must be a region code, "01" to "12"');
  const cohortId = filter?.cohortId ? assertUuid('cohortId', filter.cohortId) : null;
  const updatedSince = filter?.updatedSince ? moroccoLocal(filter.updatedSince) : null;
  return members.filter(
    (member) =>
      (!filter?.stage || member.stage === filter.stage) &&
      (!regionCode || member.regionCode === regionCode) &&
      (!cohortId || member.cohortId === cohortId) &&
      (!updatedSince || member.since >= updatedSince.slice(0, member.since.length)),
  );
}

@Resolver(() => Network)
export class MemberProgressResolver {
  @FieldResolver(() => [StageCount], {
    description:
      'ACTIVE members by stage of the path, every stage listed in order, zero included; the counts sum to `memberCount`. Public: each caller counts the stages its visible records prove (anonymous callers: published records only; a collectivity also its own unpublished ones; the network all), so for the network each count equals `memberProgress(filter: { stage }).totalCount`.',
  })
  async membersByStage(@Root() network: Network, @Ctx() context: TerritoryContext): Promise<StageCount[]> {
    const members = await context.loaders.memberStages.load(network.id);
    return STAGE_ORDER.map((stage) => ({ stage, count: members.filter((member) => member.stage === stage).length }));
  }

  @FieldResolver(() => [RegionFigures], {
    description:
      'Members, adopted members, the share adopted and commitments by region: every region in code order, zero included, then the row of unknown region. Public, counted as the caller sees the records (like membersByStage and commitments).',
  })
  async byRegion(@Root() network: Network, @Ctx() context: TerritoryContext): Promise<RegionFigures[]> {
    // one after the other: the request's transaction has one connection
    const regions = await context.loaders.regions.load(network.id);
    const members = await context.loaders.memberStages.load(network.id);
    const commitments = await context.loaders.commitmentsByRegion.load(network.id);
    return regionFigures(regions, members, commitments);
  }
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; a formula-like start is neutralised. */
function csvField(value: string | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_HEADER = ['collectivity_id', 'kind', 'name_ar', 'name_fr', 'region_code', 'cohort_id', 'stage', 'since', 'overdue', 'expected_stage'];

@Resolver(() => MemberProgress)
export class MemberProgressQueryResolver {
  @Query(() => String, {
    description:
      'memberProgress as CSV for the network to export (UTF-8, a header row, every member the filter keeps, in the list’s order; columns collectivity_id, kind, name_ar, name_fr, region_code, cohort_id, stage, since, overdue, expected_stage). NETWORK_ADMIN only (UNAUTHENTICATED when anonymous, FORBIDDEN otherwise).',
  })
  async memberProgressCsv(
    @Arg('filter', () => MemberProgressFilter, { nullable: true, description: 'Narrows the rows like memberProgress’s filter.' }) filter: MemberProgressFilter | null,
    @Ctx() context: TerritoryContext,
  ): Promise<string> {
    assertNetworkAdmin(context.caller);
    const [network] = await (await context.manager()).find(Network, { take: 1, order: { id: 'ASC' } });
    const members = filterMembers(await context.loaders.memberStages.load(network.id), filter);
    const collectivities = await context.loaders.collectivityById.loadMany(members.map((member) => member.collectivityId));
    const lines = members.map((member, index) => {
      const collectivity = collectivities[index];
      const named = collectivity instanceof Collectivity ? collectivity : null;
      return [member.collectivityId, named?.kind ?? null, named?.nameAr ?? null, named?.nameFr ?? null, member.regionCode, member.cohortId, member.stage, member.since, member.overdue, member.expectedStage]
        .map(csvField)
        .join(',');
    });
    return [CSV_HEADER.join(','), ...lines].join('\r\n') + '\r\n';
  }

  @Query(() => MemberProgressConnection, {
    description:
      'Where each ACTIVE member stands on the path, derived from its records, and whether it is behind the network’s calendar for its wave. NETWORK_ADMIN only (UNAUTHENTICATED when anonymous, FORBIDDEN otherwise). Regions first, then prefectures, provinces and communes; by code, then French name.',
  })
  async memberProgress(
    @Arg('filter', () => MemberProgressFilter, { nullable: true, description: 'Narrows the list; every active member when absent.' }) filter: MemberProgressFilter | null,
    @Args() pageArgs: PageArgs,
    @Ctx() context: TerritoryContext,
  ): Promise<MemberProgressConnection> {
    assertNetworkAdmin(context.caller);
    const page = pageOf(pageArgs);
    const [network] = await (await context.manager()).find(Network, { take: 1, order: { id: 'ASC' } });
    const members = filterMembers(await context.loaders.memberStages.load(network.id), filter);
    const slice = members.slice(page.skip, page.skip + page.take);
    const collectivities = await context.loaders.collectivityById.loadMany(slice.map((member) => member.collectivityId));
    const nodes = slice.map((member, index) => {
      const collectivity = collectivities[index];
      if (!(collectivity instanceof Collectivity)) throw new Error(`member ${member.collectivityId} has no collectivity`);
      return { collectivity, stage: member.stage, since: member.since, overdue: member.overdue, expectedStage: member.expectedStage, cohortId: member.cohortId, regionCode: member.regionCode };
    });
    return connectionOf(nodes, members.length, page);
  }
}
