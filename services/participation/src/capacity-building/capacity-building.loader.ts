import {
  DataLoader,
  loadChildren,
  moroccoLocal,
  NETWORK_TENANT_ID,
  tenantKey,
  type RequestScope,
  type TenantKey,
  type TimePrecision,
  visibleRowsByParametersSql,
} from '@infitah/server-kit';
import type { CapacityBuildingFigures, CollectivityCapacityBuilding, TrainedPeopleCount } from './capacity-building.figures';
import { ParticipantAttendance } from './participant-attendance.entity';
import { TrainingMaterial } from './training-material.entity';

/**
 * The trainings every capacity-building figure counts: held network trainings the caller may see
 * ($1 caller role, $2 caller collectivity, the read rule of the kit). An attendance is
 * counted only where the network marked the collectivity as having attended.
 */
const ATTENDED_TRAININGS_SQL = `
  trainings AS (
    SELECT t.collectivity_id, t.id, t.starts_at, t.starts_at_precision FROM participation.event t
     WHERE t.collectivity_id = '${NETWORK_TENANT_ID}'::uuid AND t.organizer = 'NETWORK' AND t.kind = 'TRAINING' AND t.status = 'HELD'
       AND ${visibleRowsByParametersSql('t', { role: 1, collectivity: 2 })}
  ), attended AS (
    SELECT p.participant_id, t.collectivity_id, t.id, t.starts_at, t.starts_at_precision
      FROM trainings t JOIN participation.event_participant p ON p.collectivity_id = t.collectivity_id AND p.event_id = t.id AND p.attended
  )`;

/** People counted at the attended trainings, per participant, category and gender, over `attended` rows `b`. */
const PEOPLE_SQL = `
  SELECT a.category, a.gender, sum(a.count)::int AS count
    FROM attended b JOIN participation.participant_attendance a
      ON a.collectivity_id = b.collectivity_id AND a.event_id = b.id AND a.participant_id = b.participant_id`;

const total = (people: TrainedPeopleCount[]) => people.reduce((sum, row) => sum + row.count, 0);

export function createCapacityBuildingLoaders(scope: RequestScope) {
  const parameters = () => [scope.caller.role, scope.caller.collectivityId];
  return {
    /** The network's figures in one SQL statement. */
    networkCapacityBuilding: new DataLoader<string, CapacityBuildingFigures>(async (keys) => {
      const manager = await scope.manager();
      const [row]: Array<{ training_count: number; collectivities_trained: number; people: TrainedPeopleCount[] }> = await manager.query(
        `WITH ${ATTENDED_TRAININGS_SQL}, people AS (${PEOPLE_SQL} GROUP BY 1, 2)
         SELECT (SELECT count(*)::int FROM trainings) AS training_count,
                (SELECT count(DISTINCT participant_id)::int FROM attended) AS collectivities_trained,
                coalesce((SELECT json_agg(people ORDER BY category, gender) FROM people), '[]'::json) AS people`,
        parameters(),
      );
      const figures = { trainingCount: row.training_count, collectivitiesTrained: row.collectivities_trained, peopleTrained: row.people, peopleTrainedTotal: total(row.people) };
      return keys.map(() => figures);
    }),

    /** Many collectivities' figures in one SQL statement, whatever their number. */
    collectivityCapacityBuilding: new DataLoader<string, CollectivityCapacityBuilding>(async (collectivityIds) => {
      const manager = await scope.manager();
      const rows: Array<{ cid: string; trainings: number; last_starts_at: Date; last_precision: TimePrecision; people: TrainedPeopleCount[] }> =
        await manager.query(
          `WITH ${ATTENDED_TRAININGS_SQL}
           SELECT x.participant_id::text AS cid, count(*)::int AS trainings, max(x.starts_at) AS last_starts_at,
                  (array_agg(x.starts_at_precision ORDER BY x.starts_at DESC))[1] AS last_precision,
                  (SELECT coalesce(json_agg(people ORDER BY category, gender), '[]'::json)
                     FROM (${PEOPLE_SQL} WHERE b.participant_id = x.participant_id GROUP BY 1, 2) people) AS people
             FROM attended x WHERE x.participant_id = ANY($3::uuid[]) GROUP BY x.participant_id`,
          [...parameters(), collectivityIds],
        );
      const byId = new Map(rows.map((row) => [row.cid, row]));
      return collectivityIds.map((id) => {
        const row = byId.get(id.toLowerCase());
        if (!row) return { trained: false, trainingsAttended: 0, lastTrainedOn: null, peopleTrained: [], peopleTrainedTotal: 0 };
        return {
          trained: true,
          trainingsAttended: row.trainings,
          lastTrainedOn: moroccoLocal(row.last_starts_at, row.last_precision === 'MINUTE' ? 'DAY' : row.last_precision),
          peopleTrained: row.people,
          peopleTrainedTotal: total(row.people),
        };
      });
    }),

    /** Counts per attending collectivity of many network events, in one query. */
    participantAttendanceByEvent: new DataLoader<TenantKey, ParticipantAttendance[], string>(
      async (keys) => {
        const manager = await scope.manager();
        const rows = await manager
          .createQueryBuilder(ParticipantAttendance, 'c')
          .where('(c.collectivity_id, c.event_id) IN (SELECT * FROM unnest(CAST(:collectivityIds AS uuid[]), CAST(:eventIds AS uuid[])))', {
            collectivityIds: keys.map((key) => key.collectivityId),
            eventIds: keys.map((key) => key.id),
          })
          // counts of a collectivity no longer marked as attending are kept but not shown
          .andWhere(
            `EXISTS (SELECT 1 FROM participation.event_participant p
                      WHERE p.collectivity_id = c.collectivity_id AND p.event_id = c.event_id AND p.participant_id = c.participant_id AND p.attended)`,
          )
          .orderBy('c.participant_id', 'ASC')
          .addOrderBy('c.category', 'ASC')
          .addOrderBy('c.gender', 'ASC')
          .getMany();
        return keys.map((key) => rows.filter((row) => tenantKey({ collectivityId: row.collectivityId, id: row.eventId }) === tenantKey(key)));
      },
      { cacheKeyFn: tenantKey },
    ),

    materialsByEvent: new DataLoader<TenantKey, TrainingMaterial[], string>(
      async (keys) => loadChildren(await scope.manager(), TrainingMaterial, { column: 'event_id', property: 'eventId' }, keys, [['position', 'ASC']]),
      { cacheKeyFn: tenantKey },
    ),
  };
}
