import { In } from 'typeorm';
import { DataLoader, loadByTenantKeys, loadChildren, tenantKey, visibleRowsSql, type RequestScope, type TenantKey } from '@infitah/server-kit';
import { Review } from '../reviews/review.entity';
import { Commitment, Indicator, Measurement, Milestone } from './commitment.entity';
import { CommitmentVersion } from './commitment-version.entity';

export function createCommitmentLoaders(scope: RequestScope) {
  return {
    commitmentById: new DataLoader<string, Commitment | null>(async (ids) => {
      const manager = await scope.manager();
      const visible = visibleRowsSql('c', scope.caller);
      const rows = await manager.createQueryBuilder(Commitment, 'c').where({ id: In([...ids]) }).andWhere(visible.sql, visible.parameters).getMany();
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),

    /** By (collectivity, id): a link from another subgraph resolves only within its own collectivity. */
    commitmentByKey: new DataLoader<TenantKey, Commitment | null, string>(
      async (keys) => loadByTenantKeys(await scope.manager(), Commitment, keys, scope.caller),
      { cacheKeyFn: tenantKey },
    ),

    commitmentsByProgram: new DataLoader<TenantKey, Commitment[], string>(
      async (keys) =>
        loadChildren(await scope.manager(), Commitment, { column: 'program_id', property: 'programId' }, keys, [['created_at', 'ASC'], ['id', 'ASC']], scope.caller),
      { cacheKeyFn: tenantKey },
    ),

    milestonesByCommitment: new DataLoader<TenantKey, Milestone[], string>(
      async (keys) => loadChildren(await scope.manager(), Milestone, { column: 'commitment_id', property: 'commitmentId' }, keys, [['position', 'ASC']]),
      { cacheKeyFn: tenantKey },
    ),

    indicatorsByCommitment: new DataLoader<TenantKey, Indicator[], string>(
      async (keys) => loadChildren(await scope.manager(), Indicator, { column: 'commitment_id', property: 'commitmentId' }, keys, [['title', 'ASC']]),
      { cacheKeyFn: tenantKey },
    ),

    measurementsByIndicator: new DataLoader<TenantKey, Measurement[], string>(
      async (keys) =>
        loadChildren(await scope.manager(), Measurement, { column: 'indicator_id', property: 'indicatorId' }, keys, [['measured_on', 'ASC']]),
      { cacheKeyFn: tenantKey },
    ),

    versionsByCommitment: new DataLoader<TenantKey, CommitmentVersion[], string>(
      async (keys) => loadChildren(await scope.manager(), CommitmentVersion, { column: 'commitment_id', property: 'commitmentId' }, keys, [['number', 'ASC']]),
      { cacheKeyFn: tenantKey },
    ),

    reviewsByCommitment: new DataLoader<TenantKey, Review[], string>(
      async (keys) =>
        loadChildren(await scope.manager(), Review, { column: 'commitment_id', property: 'commitmentId' }, keys, [['created_at', 'DESC']], scope.caller),
      { cacheKeyFn: tenantKey },
    ),
  };
}
