import { Field, Int, ObjectType } from 'type-graphql';
import { DataLoader, FiguresCache, OpennessPrinciple, visibleRowsByParametersSql, type RequestScope } from '@infitah/server-kit';
import { AttendeeCategory, Gender } from '../events/attendance.entity';
import { eventsOfCollectivitySql } from '../events/event.loader';
import { ProposalStatus } from '../proposals/proposal.entity';

@ObjectType({ description: 'Attendees of one category and gender, summed over the events in scope that the caller may see; counts only, no names.' })
export class AttendanceFigure {
  @Field(() => AttendeeCategory, { description: 'The stakeholder category counted.' })
  category: AttendeeCategory;

  @Field(() => Gender, { description: 'The gender counted.' })
  gender: Gender;

  @Field(() => Int, { description: 'People counted, summed over the events that gave a number.' })
  count: number;

  @Field(() => Int, { description: 'Events where this category was present but not counted.' })
  uncountedEvents: number;
}

@ObjectType({ description: 'Number of proposals serving one openness principle.' })
export class PrincipleCount {
  @Field(() => OpennessPrinciple, { description: 'The openness principle counted.' })
  principle: OpennessPrinciple;

  @Field(() => Int, { description: 'Proposals the caller may see that serve it, 0 or more.' })
  count: number;
}

@ObjectType({ description: 'Number of proposals with one status.' })
export class ProposalStatusCount {
  @Field(() => ProposalStatus, { description: 'The status counted.' })
  status: ProposalStatus;

  @Field(() => Int, { description: 'Proposals the caller may see with this status, 0 or more.' })
  count: number;
}

@ObjectType({ description: 'Participation figures as the caller may see them: each count equals the matching list’s totalCount.' })
export class ParticipationFigures {
  @Field(() => Int, { description: 'Equals `events.totalCount` for the same caller and scope.' })
  eventCount: number;

  @Field(() => Int, { description: 'Equals `proposals.totalCount` for the same caller and scope.' })
  proposalCount: number;

  @Field(() => [AttendanceFigure], { description: 'Attendees by category and gender, over the visible events.' })
  attendance: AttendanceFigure[];

  @Field(() => [PrincipleCount], { description: 'Proposals by openness principle: every principle once, in enum order, zeros included.' })
  proposalsByPrinciple: PrincipleCount[];

  @Field(() => [ProposalStatusCount], { description: 'Proposals by status: every status once, in enum order, zeros included.' })
  proposalsByStatus: ProposalStatusCount[];
}

/**
 * The network's figures (whole-country counts), reused for a caller class until a write changes what they count
 * (migration FiguresVersions). A collectivity's own figures are cheap (indexes led by collectivity_id) and not kept.
 */
export const networkFigures = new FiguresCache('participation');

/** The scope of a figure: the whole network, or one collectivity. */
export const NETWORK_SCOPE = 'network';

const VISIBLE = visibleRowsByParametersSql('t', { role: 2, collectivity: 3 });

/**
 * Figures for many scopes in a constant number of statements: for the network, one query each for
 * events, proposals and attendance; for a list of collectivities, the same three grouped by collectivity.
 */
export function createFigureLoaders(scope: RequestScope) {
  return {
    participationFigures: new DataLoader<string, ParticipationFigures>(async (scopes) => {
      const manager = await scope.manager();
      const results = new Map<string, ParticipationFigures>();
      const empty = (): ParticipationFigures => ({ eventCount: 0, proposalCount: 0, attendance: [], proposalsByPrinciple: [], proposalsByStatus: [] });
      const collectivityIds = scopes.filter((key) => key !== NETWORK_SCOPE);
      const groups: Array<{ keys: string[]; from: (table: string, condition?: string) => string; key: string }> = [];
      if (scopes.includes(NETWORK_SCOPE)) {
        groups.push({ keys: [NETWORK_SCOPE], from: (table) => `${table} t`, key: `'${NETWORK_SCOPE}'` });
      }
      if (collectivityIds.length) {
        groups.push({
          keys: collectivityIds,
          from: (table, condition = 't.collectivity_id = scope.cid') => `unnest($1::uuid[]) AS scope(cid) JOIN ${table} t ON (${condition})`,
          key: 'scope.cid::text',
        });
      }
      for (const group of groups) {
        for (const key of group.keys) results.set(key, empty());
        const parameters = [collectivityIds, scope.caller.role, scope.caller.collectivityId];
        const events: Array<{ scope: string; count: number }> = await manager.query(
          `SELECT ${group.key} AS scope, count(*)::int AS count FROM ${group.from('participation.event', eventsOfCollectivitySql('scope.cid'))}
            WHERE ${VISIBLE} AND $1::uuid[] IS NOT NULL GROUP BY 1`,
          parameters,
        );
        const proposals: Array<{ scope: string; principle: OpennessPrinciple; status: ProposalStatus; count: number }> = await manager.query(
          `SELECT ${group.key} AS scope, t.principle, t.status, count(*)::int AS count FROM ${group.from('participation.proposal')}
            WHERE ${VISIBLE} AND $1::uuid[] IS NOT NULL GROUP BY 1, 2, 3`,
          parameters,
        );
        const attendance: Array<{ scope: string; category: AttendeeCategory; gender: Gender; count: number; uncounted: number }> = await manager.query(
          `SELECT ${group.key} AS scope, a.category, a.gender, coalesce(sum(a.count), 0)::int AS count,
                  count(*) FILTER (WHERE a.count IS NULL)::int AS uncounted
             FROM ${group.from('participation.event')}
             JOIN participation.attendance a ON a.collectivity_id = t.collectivity_id AND a.event_id = t.id
            WHERE ${VISIBLE} AND $1::uuid[] IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 2, 3`,
          parameters,
        );
        for (const row of events) results.get(row.scope)!.eventCount = row.count;
        for (const row of proposals) {
          const figures = results.get(row.scope)!;
          figures.proposalCount += row.count;
          add(figures.proposalsByPrinciple, 'principle', row.principle, row.count);
          add(figures.proposalsByStatus, 'status', row.status, row.count);
        }
        for (const row of attendance) {
          results.get(row.scope)!.attendance.push({ category: row.category, gender: row.gender, count: row.count, uncountedEvents: row.uncounted });
        }
      }
      for (const figures of results.values()) {
        figures.proposalsByPrinciple = Object.values(OpennessPrinciple).map(
          (principle) => figures.proposalsByPrinciple.find((entry) => entry.principle === principle) ?? { principle, count: 0 },
        );
        figures.proposalsByStatus = Object.values(ProposalStatus).map(
          (status) => figures.proposalsByStatus.find((entry) => entry.status === status) ?? { status, count: 0 },
        );
      }
      return scopes.map((key) => results.get(key)!);
    }),
  };
}

function add<K extends string, V>(list: Array<Record<K, V> & { count: number }>, key: K, value: V, count: number): void {
  const entry = list.find((item) => item[key] === value);
  if (entry) entry.count += count;
  else list.push({ [key]: value, count } as Record<K, V> & { count: number });
}
