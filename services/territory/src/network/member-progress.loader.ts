import { DataLoader, moroccoLocal, type RequestScope } from '@infitah/server-kit';
import { Collectivity, CollectivityKind } from '../collectivities/collectivity.entity';
import { MembershipStatus } from '../collectivities/membership.entity';
import { EXPECTED_MONTHS, MemberStage, RegionFigures, STAGE_ORDER } from './member-progress.entity';

/** One active member's place on the path, as the caller's visibility of the facts proves it. */
export interface MemberStageRow {
  collectivityId: string;
  stage: MemberStage;
  since: string;
  overdue: boolean;
  expectedStage: MemberStage;
  cohortId: string | null;
  regionId: string | null;
  regionCode: string | null;
}

const RANK_OF_KIND = `CASE f.kind
  WHEN 'TRAINING_ATTENDED' THEN 1 WHEN 'COMMITTEE_MEETING_HELD' THEN 2 WHEN 'CO_CREATION_WORKSHOP_HELD' THEN 3
  WHEN 'PUBLIC_CONSULTATION_HELD' THEN 4 WHEN 'PROGRAMME_ADOPTED' THEN 5 WHEN 'PROGRAMME_IMPLEMENTING' THEN 6
  WHEN 'PROGRESS_REPORT' THEN 6 WHEN 'REVIEW_PUBLISHED' THEN 7 END`;

/** Each member's nearest region, walking the hierarchy up (as membersByRegion does). */
const REGION_OF = `ancestry AS (
    SELECT c.id AS member_id, c.id, c.kind, c.parent_id, 0 AS depth FROM territory.collectivity c
    UNION ALL
    SELECT a.member_id, p.id, p.kind, p.parent_id, a.depth + 1 FROM ancestry a JOIN territory.collectivity p ON p.id = a.parent_id
  ),
  region_of AS (
    SELECT DISTINCT ON (a.member_id) a.member_id, a.id AS region_id FROM ancestry a WHERE a.kind = 'REGION' ORDER BY a.member_id, a.depth
  )`;

/** Whole months from the first day of a partial ISO date ("2024", "2024-12", "2024-12-03") to a day. */
export function monthsSince(start: string, today: string): number {
  const [year, month = '01', day = '01'] = start.split('-');
  const [toYear, toMonth, toDay] = today.split('-').map(Number);
  let months = (toYear - +year) * 12 + (toMonth - +month);
  if (toDay < +day) months -= 1;
  return months;
}

/** The stage the calendar expects after so many months. */
export function expectedStageAfter(months: number): MemberStage {
  return [...STAGE_ORDER].reverse().find((stage) => EXPECTED_MONTHS[stage] <= months) ?? MemberStage.JOINED;
}

export function createMemberProgressLoaders(context: RequestScope) {
  return {
    /**
     * Every active member with its stage, in one statement: the facts are read from the directory under its row-level
     * security, so each caller's stages are those its visible records prove (the network: all records).
     */
    memberStages: new DataLoader<string, MemberStageRow[]>(async (networkIds) => {
      const manager = await context.manager();
      const rows: Array<{ id: string; rank: number; since: string; cohort_id: string | null; wave_start: string; region_id: string | null; region_code: string | null }> =
        await manager.query(
          `WITH RECURSIVE ${REGION_OF},
           fact AS (SELECT f.collectivity_id, ${RANK_OF_KIND} AS rank, f.happened_on FROM directory.member_fact f),
           best AS (SELECT collectivity_id, max(rank) AS rank FROM fact GROUP BY collectivity_id),
           reached AS (
             SELECT f.collectivity_id, b.rank, min(f.happened_on) AS since
               FROM fact f JOIN best b ON b.collectivity_id = f.collectivity_id AND b.rank = f.rank
              GROUP BY f.collectivity_id, b.rank
           )
           SELECT m.collectivity_id AS id, coalesce(r.rank, 0)::int AS rank, coalesce(to_char(r.since, 'YYYY-MM-DD'), m.joined_on) AS since,
                  m.cohort_id, coalesce(w.period, m.joined_on) AS wave_start, g.region_id, rc.code AS region_code
             FROM territory.network_membership m
             JOIN territory.collectivity c ON c.id = m.collectivity_id
             LEFT JOIN territory.cohort w ON w.id = m.cohort_id
             LEFT JOIN region_of g ON g.member_id = m.collectivity_id
             LEFT JOIN territory.collectivity rc ON rc.id = g.region_id
             LEFT JOIN reached r ON r.collectivity_id = m.collectivity_id
            WHERE m.status = $1
            ORDER BY CASE c.kind WHEN 'REGION' THEN 0 WHEN 'PREFECTURE' THEN 1 WHEN 'PROVINCE' THEN 2 ELSE 3 END, c.code NULLS LAST, c.name_fr, c.id`,
          [MembershipStatus.ACTIVE],
        );
      const today = moroccoLocal(new Date(), 'DAY');
      const members = rows.map((row): MemberStageRow => {
        const stage = STAGE_ORDER[row.rank];
        const expectedStage = expectedStageAfter(monthsSince(row.wave_start, today));
        return {
          collectivityId: row.id,
          stage,
          since: row.since,
          overdue: STAGE_ORDER.indexOf(expectedStage) > row.rank,
          expectedStage,
          cohortId: row.cohort_id,
          regionId: row.region_id,
          regionCode: row.region_code,
        };
      });
      return networkIds.map(() => members);
    }),

    /** Commitments the caller may see (the directory's read rule), by the region of their collectivity; key null: unknown region. */
    commitmentsByRegion: new DataLoader<string, Map<string | null, number>>(async (networkIds) => {
      const manager = await context.manager();
      const rows: Array<{ region_id: string | null; count: number }> = await manager.query(
        `WITH RECURSIVE ${REGION_OF}
         SELECT g.region_id, count(*)::int AS count FROM directory.commitment d LEFT JOIN region_of g ON g.member_id = d.collectivity_id
          GROUP BY g.region_id`,
      );
      const counts = new Map(rows.map((row) => [row.region_id, row.count] as const));
      return networkIds.map(() => counts);
    }),

    regions: new DataLoader<string, Collectivity[]>(async (keys) => {
      const manager = await context.manager();
      const regions = await manager.find(Collectivity, { where: { kind: CollectivityKind.REGION }, order: { code: 'ASC' } });
      return keys.map(() => regions);
    }),
  };
}

/** Every region in code order, then the members of unknown region. */
export function regionFigures(regions: Collectivity[], members: MemberStageRow[], commitments: Map<string | null, number>): RegionFigures[] {
  const adoptedRank = STAGE_ORDER.indexOf(MemberStage.ADOPTED);
  const figures = (region: Collectivity | null): RegionFigures => {
    const inRegion = members.filter((member) => member.regionId === (region?.id ?? null));
    const adopted = inRegion.filter((member) => STAGE_ORDER.indexOf(member.stage) >= adoptedRank).length;
    return {
      region,
      regionCode: region?.code ?? null,
      members: inRegion.length,
      adopted,
      adoptionShare: inRegion.length ? adopted / inRegion.length : null,
      commitments: commitments.get(region?.id ?? null) ?? 0,
    };
  };
  return [...regions.map(figures), figures(null)];
}
