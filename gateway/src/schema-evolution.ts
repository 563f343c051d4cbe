import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';

/** Whether the element at `path` (`Type`, `Type.field`, `Type.field.argument`, `Enum.VALUE`) was deprecated. */
function wasDeprecated(schema: GraphQLSchema, path: string | undefined): boolean {
  if (!path) return false;
  const [typeName, member, argument] = path.split('.');
  const type = schema.getType(typeName);
  if (!type || !member) return false;
  if (isObjectType(type) || isInterfaceType(type)) {
    const field = type.getFields()[member];
    if (!field) return false;
    if (field.deprecationReason) return true;
    return Boolean(argument && field.args.find((arg) => arg.name === argument)?.deprecationReason);
  }
  if (isInputObjectType(type)) return Boolean(type.getFields()[member]?.deprecationReason);
  if (isEnumType(type)) return Boolean(type.getValue(member)?.deprecationReason);
  return false;
}

export interface EvolutionReport {
  breaking: Change[];
  /** Breaking changes to elements deprecated beforehand: the allowed way to remove something. */
  afterDeprecation: Change[];
  safe: Change[];
}

/** Compares two versions of the public schema: a breaking change passes only if its element was deprecated first. */
export async function compareSchemas(previousSdl: string, currentSdl: string): Promise<EvolutionReport> {
  const previous = buildSchema(previousSdl);
  const changes = await diff(previous, buildSchema(currentSdl));
  const report: EvolutionReport = { breaking: [], afterDeprecation: [], safe: [] };
  for (const change of changes) {
    if (change.criticality.level !== CriticalityLevel.Breaking) report.safe.push(change);
    else if (wasDeprecated(previous, change.path)) report.afterDeprecation.push(change);
    else report.breaking.push(change);
  }
  return report;
}

const SCHEMA = 'gateway/schema.graphql';

/**
 * The version to compare with: `SCHEMA_BASE` (a git ref) when given; else the committed version when the file has
 * changed since, else the version the last commit that changed it started from.
 */
function previousVersion(root: string): { ref: string; sdl: string } | null {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
  const base = process.env.SCHEMA_BASE;
  if (base) return { ref: base, sdl: git('show', `${base}:${SCHEMA}`) };
  const dirty = git('status', '--porcelain', '--', SCHEMA).trim() !== '';
  if (dirty) return { ref: 'HEAD', sdl: git('show', `HEAD:${SCHEMA}`) };
  const [, before] = git('log', '--format=%H', '-n', '2', '--', SCHEMA).trim().split('\n');
  if (!before) return null;
  return { ref: before.slice(0, 12), sdl: git('show', `${before}:${SCHEMA}`) };
}

async function main(): Promise<void> {
  const root = join(__dirname, '..', '..');
  const previous = previousVersion(root);
  if (!previous) {
    console.log('schema check: no previous version of the schema in this history; nothing to compare');
    return;
  }
  const report = await compareSchemas(previous.sdl, readFileSync(join(root, SCHEMA), 'utf8'));
  for (const change of report.afterDeprecation) console.log(`removed after deprecation: ${change.message}`);
  for (const change of report.breaking) console.error(`BREAKING: ${change.message}`);
  console.log(`schema check against ${previous.ref}: ${report.safe.length} safe, ${report.afterDeprecation.length} after deprecation, ${report.breaking.length} breaking`);
  if (report.breaking.length) {
    console.error('Deprecate an element (@deprecated(reason: "…")) in one release before removing or changing it.');
    process.exit(1);
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
