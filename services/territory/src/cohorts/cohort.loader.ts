import { DataLoader } from '@infitah/server-kit';
import { In } from 'typeorm';
import type { Page, RequestScope } from '@infitah/server-kit';
import { MembershipStatus } from '../collectivities/membership.entity';
import { Cohort, ONBOARDING_ORDER, OnboardingStep, type OnboardingStepCount, type OnboardingStepKind } from './cohort.entity';

/** The order of a wave's members, `members` and `memberIds` alike: as the collectivities list, regions first. */
const MEMBER_ORDER = "array_position(ARRAY['REGION','PREFECTURE','PROVINCE','COMMUNE']::text[], c.kind), c.code NULLS LAST, c.name_fr, c.id";

export interface CohortMemberPageKey extends Page {
  cohortId: string;
  status: MembershipStatus | null;
}

const memberPageKey = (key: CohortMemberPageKey) => `${key.cohortId}:${key.status ?? '*'}:${key.take}:${key.skip}`;

export interface CohortStats {
  memberCount: number;
  progress: OnboardingStepCount[];
}

/** A page of a wave's members: their ids, which the collectivity loader turns into records. */
export interface CohortMemberPage {
  totalCount: number;
  ids: string[];
}

export function createCohortLoaders(scope: RequestScope) {
  return {
    cohortById: new DataLoader<string, Cohort | null>(async (ids) => {
      const manager = await scope.manager();
      const rows = await manager.find(Cohort, { where: { id: In([...ids]) } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    /** Active members and how many of them completed each step, for many waves in one statement. */
    cohortStats: new DataLoader<string, CohortStats>(async (cohortIds) => {
      const manager = await scope.manager();
      const rows: Array<{ cohort_id: string; step: OnboardingStepKind | null; whole: number; count: number }> = await manager.query(
        `SELECT m.cohort_id::text AS cohort_id, s.step, GROUPING(s.step) AS whole, count(DISTINCT m.collectivity_id)::int AS count
           FROM territory.network_membership m LEFT JOIN territory.onboarding_step s ON s.collectivity_id = m.collectivity_id
          WHERE m.cohort_id = ANY($1::uuid[]) AND m.status = $2
          GROUP BY GROUPING SETS ((m.cohort_id), (m.cohort_id, s.step))`,
        [cohortIds, MembershipStatus.ACTIVE],
      );
      return cohortIds.map((cohortId) => {
        const own = rows.filter((row) => row.cohort_id === cohortId);
        return {
          memberCount: own.find((row) => row.whole === 1)?.count ?? 0,
          progress: ONBOARDING_ORDER.map((step) => ({ step, count: own.find((row) => row.whole === 0 && row.step === step)?.count ?? 0 })),
        };
      });
    }),

    /** The ids of each wave's active members, in member order, for many waves in one statement. */
    memberIdsByCohort: new DataLoader<string, string[]>(async (cohortIds) => {
      const manager = await scope.manager();
      const rows: Array<{ cohort_id: string; ids: string[] }> = await manager.query(
        `SELECT m.cohort_id::text AS cohort_id, array_agg(c.id::text ORDER BY ${MEMBER_ORDER}) AS ids
           FROM territory.network_membership m JOIN territory.collectivity c ON c.id = m.collectivity_id
          WHERE m.cohort_id = ANY($1::uuid[]) AND m.status = $2 GROUP BY m.cohort_id`,
        [cohortIds, MembershipStatus.ACTIVE],
      );
      return cohortIds.map((cohortId) => rows.find((row) => row.cohort_id === cohortId)?.ids ?? []);
    }),

    /** Pages of many waves' members: one statement per page shape, whatever the number of waves. */
    memberPage: new DataLoader<CohortMemberPageKey, CohortMemberPage, string>(
      async (keys) => {
        const manager = await scope.manager();
        const results = new Map<string, CohortMemberPage>();
        const shapes = new Map<string, CohortMemberPageKey[]>();
        for (const key of keys) {
          const shape = `${key.status ?? '*'}:${key.take}:${key.skip}`;
          shapes.set(shape, [...(shapes.get(shape) ?? []), key]);
        }
        for (const group of shapes.values()) {
          const { status, take, skip } = group[0];
          const cohortIds = [...new Set(group.map((key) => key.cohortId))];
          const rows: Array<{ cohort_id: string; total: number; page: string[] }> = await manager.query(
            `SELECT cohort_id, count(*)::int AS total,
                    coalesce(array_agg(id ORDER BY position) FILTER (WHERE position > $3 AND position <= $4), '{}') AS page
               FROM (SELECT m.cohort_id::text AS cohort_id, c.id::text AS id,
                            row_number() OVER (PARTITION BY m.cohort_id ORDER BY ${MEMBER_ORDER}) AS position
                       FROM territory.network_membership m JOIN territory.collectivity c ON c.id = m.collectivity_id
                      WHERE m.cohort_id = ANY($1::uuid[]) AND ($2::text IS NULL OR m.status = $2)) ranked
              GROUP BY cohort_id`,
            [cohortIds, status, skip, skip + take],
          );
          for (const cohortId of cohortIds) {
            const row = rows.find((entry) => entry.cohort_id === cohortId);
            results.set(memberPageKey({ cohortId, status, take, skip }), { totalCount: row?.total ?? 0, ids: row?.page ?? [] });
          }
        }
        return keys.map((key) => results.get(memberPageKey(key))!);
      },
      { cacheKeyFn: memberPageKey },
    ),

    /** The completed steps of many members in one query. */
    onboardingByCollectivityId: new DataLoader<string, OnboardingStep[]>(async (collectivityIds) => {
      const manager = await scope.manager();
      const rows = await manager.find(OnboardingStep, { where: { collectivityId: In([...collectivityIds]) } });
      return collectivityIds.map((id) => rows.filter((row) => row.collectivityId === id));
    }),
  };
}
