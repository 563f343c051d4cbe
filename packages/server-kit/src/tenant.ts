import { registerEnumType } from 'type-graphql';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Caller } from './caller';
import type { Connection, Page } from './pagination';

export enum Language {
  AR = 'AR',
  FR = 'FR',
}
registerEnumType(Language, { name: 'Language', description: 'Arabic or French.' });

/** The text in the asked language, or in the other one when it only exists there. */
export function inLanguage(texts: { ar: string | null; fr: string | null }, language: Language | null | undefined): string {
  const [first, second] = language === Language.FR ? [texts.fr, texts.ar] : [texts.ar, texts.fr];
  return first ?? second ?? '';
}

/**
 * Who may see a tenant row: everyone once published; its own collectivity and the network always.
 * Row-level security enforces the same rule beneath; this filter keeps counts and pages exact.
 */
export function visibleRowsSql(alias: string, caller: Caller): { sql: string; parameters: Record<string, unknown> } {
  return {
    sql: `(${alias}.published OR :visibilityRole = 'NETWORK_ADMIN' OR ${alias}.collectivity_id = :visibilityCollectivityId)`,
    parameters: { visibilityRole: caller.role, visibilityCollectivityId: caller.collectivityId },
  };
}

export interface TenantPageKey extends Page {
  collectivityId: string;
}

export const tenantPageKey = (key: TenantPageKey) => `${key.collectivityId}:${key.take}:${key.skip}`;

/**
 * Pages of a tenant table for many collectivities at once (e.g. `Collectivity.events` on a list of
 * collectivities): one count and one page query per distinct page size, whatever the number of keys.
 */
export async function loadTenantPages<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  keys: readonly TenantPageKey[],
  options: { caller: Caller; orderBy: Array<[column: string, direction: 'ASC' | 'DESC']> },
): Promise<Array<Connection<T>>> {
  const results = new Map<string, Connection<T>>();
  const shapes = new Map<string, TenantPageKey[]>();
  for (const key of keys) {
    const shape = `${key.take}:${key.skip}`;
    shapes.set(shape, [...(shapes.get(shape) ?? []), key]);
  }
  const table = manager.connection.getMetadata(entity).tablePath;
  const order = (alias: string) => options.orderBy.map(([column, direction]) => `${alias}.${column} ${direction}`).join(', ');
  for (const group of shapes.values()) {
    const { take, skip } = group[0];
    const collectivityIds = [...new Set(group.map((key) => key.collectivityId))];
    const visible = visibleRowsSql('t', options.caller);
    const counts: Array<{ collectivity_id: string; count: number }> = await manager
      .createQueryBuilder()
      .select('t.collectivity_id', 'collectivity_id')
      .addSelect('count(*)::int', 'count')
      .from(table, 't')
      .where('t.collectivity_id = ANY(:collectivityIds)', { collectivityIds })
      .andWhere(visible.sql, visible.parameters)
      .groupBy('t.collectivity_id')
      .getRawMany();
    const pageQuery = manager.createQueryBuilder(entity, 'e');
    for (const [column, direction] of options.orderBy) pageQuery.addOrderBy(`e.${column}`, direction);
    const rows =
      take === 0
        ? []
        : await pageQuery
            .where(
              `(e.collectivity_id, e.id) IN (
                SELECT ranked.collectivity_id, ranked.id FROM (
                  SELECT t.collectivity_id, t.id,
                         row_number() OVER (PARTITION BY t.collectivity_id ORDER BY ${order('t')}) AS position
                    FROM ${table} t
                   WHERE t.collectivity_id = ANY(:collectivityIds) AND ${visible.sql}
                ) ranked WHERE ranked.position > :skip AND ranked.position <= :last)`,
              { collectivityIds, skip, last: skip + take, ...visible.parameters },
            )
            .getMany();
    for (const collectivityId of collectivityIds) {
      const nodes = rows.filter((row) => (row as { collectivityId?: string }).collectivityId === collectivityId);
      results.set(tenantPageKey({ collectivityId, take, skip }), {
        totalCount: counts.find((count) => count.collectivity_id === collectivityId)?.count ?? 0,
        nodes,
      });
    }
  }
  return keys.map((key) => results.get(tenantPageKey(key))!);
}

