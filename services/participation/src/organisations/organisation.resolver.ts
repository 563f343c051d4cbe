import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  badUserInput,
  pageAndCount,
  pageOf,
  PageArgs,
  auditRecord,
  loadWritable,
  tenantOfWriter,
  visibleRowsSql,
  type Caller,
} from '@infitah/server-kit';
import { Collectivity } from '../collectivities/collectivity.reference';
import type { ParticipationContext } from '../context';
import { Organisation, OrganisationConnection } from './organisation.entity';
import { OrganisationFilter, OrganisationInput } from './organisation.input';

/** Contact details stay with the commune that keeps the registry, and the network. */
const seesContacts = (caller: Caller, organisation: Organisation) =>
  caller.role === 'NETWORK_ADMIN' || caller.collectivityId === organisation.collectivityId;

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => OrganisationConnection, {
    description:
      "Civil-society organisations the caller may see, by French name (Arabic when none); anyone may call. Anonymous callers see published ones, a collectivity's accounts also its unpublished ones, the network all.",
  })
  async organisations(
    @Arg('filter', () => OrganisationFilter, { nullable: true, description: 'Criteria narrowing the list; null for every organisation the caller may see.' }) filter: OrganisationFilter | null,
    @Args() pageArgs: PageArgs,
    @Ctx() context: ParticipationContext,
  ): Promise<OrganisationConnection> {
    const page = pageOf(pageArgs, filter);
    const manager = await context.manager();
    const visible = visibleRowsSql('o', context.caller);
    const query = manager.createQueryBuilder(Organisation, 'o').where(visible.sql, visible.parameters);
    if (filter?.collectivityId) query.andWhere('o.collectivity_id = :collectivityId', { collectivityId: filter.collectivityId });
    const search = filter?.search?.trim();
    if (search) {
      query.andWhere("strpos(search_normalize(coalesce(o.name_ar, '') || ' ' || coalesce(o.name_fr, '')), search_normalize(:search)) > 0", { search });
    }
    return pageAndCount(query.orderBy('coalesce(o.name_fr, o.name_ar)').addOrderBy('o.id'), page);
  }

  @Mutation(() => Organisation, {
    description:
      "Adds an unpublished organisation to the registry of the caller's collectivity, taken from the token. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN (FORBIDDEN for NETWORK_ADMIN, UNAUTHENTICATED when anonymous).",
  })
  async createOrganisation(@Arg('input', () => OrganisationInput, { description: 'The new organisation.' }) input: OrganisationInput, @Ctx() context: ParticipationContext) {
    const collectivityId = tenantOfWriter(context.caller);
    if (!input.nameAr?.trim() && !input.nameFr?.trim()) throw badUserInput('nameFr', 'an organisation needs a name in Arabic or French');
    const manager = await context.manager();
    const organisation = manager.create(Organisation, { collectivityId, published: false });
    this.apply(organisation, input);
    const saved = await manager.save(organisation);
    await auditRecord(context, 'participation', 'Organisation', saved, 'CREATE', null);
    return saved;
  }

  @Mutation(() => Organisation, {
    description:
      "Changes an organisation's fields. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity: NOT_FOUND if the caller cannot see it, FORBIDDEN if it is another's.",
  })
  async updateOrganisation(
    @Arg('id', () => ID, { description: "The organisation's id (UUID); BAD_USER_INPUT when malformed." }) id: string,
    @Arg('input', () => OrganisationInput, { description: 'The fields to change; omitted fields stay as they are.' }) input: OrganisationInput,
    @Ctx() context: ParticipationContext,
  ) {
    const organisation = await this.writable(context, id);
    const before = { ...organisation };
    this.apply(organisation, input);
    if (!organisation.nameAr && !organisation.nameFr) throw badUserInput('nameFr', 'an organisation needs a name in Arabic or French');
    const saved = await (await context.manager()).save(organisation);
    await auditRecord(context, 'participation', 'Organisation', saved, 'UPDATE', before);
    return saved;
  }

  @Mutation(() => Organisation, {
    description:
      "Makes an organisation visible to everyone, or withdraws it. Requires COLLECTIVITY_ADMIN of its collectivity: NOT_FOUND if the caller cannot see it, FORBIDDEN otherwise.",
  })
  async setOrganisationPublished(
    @Arg('id', () => ID, { description: "The organisation's id (UUID); BAD_USER_INPUT when malformed." }) id: string,
    @Arg('published', { description: 'True to publish, false to withdraw.' }) published: boolean,
    @Ctx() context: ParticipationContext,
  ) {
    const organisation = await this.writable(context, id, { adminOnly: true });
    const before = { ...organisation };
    organisation.published = published;
    const saved = await (await context.manager()).save(organisation);
    await auditRecord(context, 'participation', 'Organisation', saved, published ? 'PUBLISH' : 'UNPUBLISH', before);
    return saved;
  }

  @Mutation(() => Boolean, {
    description:
      "Removes an organisation from the registry with its event links; proposals it made stay, unlinked. Requires COLLECTIVITY_ADMIN of its collectivity; returns true.",
  })
  async deleteOrganisation(@Arg('id', () => ID, { description: "The organisation's id (UUID); BAD_USER_INPUT when malformed." }) id: string, @Ctx() context: ParticipationContext) {
    const organisation = await this.writable(context, id, { adminOnly: true });
    await (await context.manager()).delete(Organisation, { collectivityId: organisation.collectivityId, id: organisation.id });
    await auditRecord(context, 'participation', 'Organisation', organisation, 'DELETE', organisation);
    return true;
  }

  @FieldResolver(() => String, { nullable: true, description: "Contact email; null for callers other than its collectivity's accounts and the network." })
  contactEmail(@Root() organisation: Organisation, @Ctx() context: ParticipationContext) {
    return seesContacts(context.caller, organisation) ? organisation.contactEmail : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Contact phone; null for callers other than its collectivity's accounts and the network." })
  contactPhone(@Root() organisation: Organisation, @Ctx() context: ParticipationContext) {
    return seesContacts(context.caller, organisation) ? organisation.contactPhone : null;
  }

  @FieldResolver(() => Collectivity, { nullable: true, description: 'The collectivity whose registry it belongs to.' })
  collectivity(@Root() organisation: Organisation): Collectivity {
    return { id: organisation.collectivityId };
  }

  private apply(organisation: Organisation, input: OrganisationInput): void {
    for (const key of ['nameAr', 'nameFr', 'field', 'contactEmail', 'contactPhone'] as const) {
      if (input[key] !== undefined) organisation[key] = input[key]?.trim() || null;
    }
    if (input.partnerStatus != null) organisation.partnerStatus = input.partnerStatus;
  }

  private writable(context: ParticipationContext, id: string, options: { adminOnly?: boolean } = {}): Promise<Organisation> {
    const load = async (organisationId: string) => {
      const visible = visibleRowsSql('o', context.caller);
      return (await context.manager()).createQueryBuilder(Organisation, 'o').where('o.id = :id', { id: organisationId }).andWhere(visible.sql, visible.parameters).getOne();
    };
    return loadWritable(context.caller, 'Organisation', id, { load }, options);
  }

}
