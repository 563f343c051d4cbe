/**
 * The browser tests' set-up, run by `npm test` once before any test: Debian's Chromium at /usr/bin/chromium (or the
 * one CHROMIUM_PATH names) and fonts with Arabic glyphs, so that screenshots show shaped Arabic text. What is missing
 * is installed with apt-get (as root, or through `sudo -n`); when that cannot be done, the run stops here with what to
 * install, rather than with one "executable doesn't exist" per browser test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where the browser tests look for Chromium: CHROMIUM_PATH, else Debian's package. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
}

/** Debian's packages the browser tests need. */
export const BROWSER_PACKAGE = 'chromium';
export const FONTS_PACKAGE = 'fonts-noto-core';

/** What the set-up finds on the machine. */
export interface BrowserFacts {
  /** CHROMIUM_PATH when set. */
  chromiumPathFromEnv?: string;
  /** Whether the browser the tests will launch exists. */
  browserPresent: boolean;
  /** Whether fonts with Arabic glyphs are installed. */
  arabicFontsPresent: boolean;
  /** How apt-get can be run: directly (root), through `sudo -n`, or not at all (no apt-get, or neither root nor sudo). */
  privilege: 'root' | 'sudo' | 'none';
}

export type BrowserPlan = { kind: 'ready' } | { kind: 'install'; packages: string[]; privilege: 'root' | 'sudo' } | { kind: 'refuse'; message: string };

const HOW_TO =
  `Install them and run npm test again: sudo apt-get install -y ${BROWSER_PACKAGE} ${FONTS_PACKAGE}` +
  ' (on another system: a Chromium, named by CHROMIUM_PATH, and a font with Arabic glyphs).';

/** What to do, given what was found. */
export function planBrowserSetup(facts: BrowserFacts): BrowserPlan {
  if (facts.chromiumPathFromEnv && !facts.browserPresent) {
    return {
      kind: 'refuse',
      message: `CHROMIUM_PATH=${facts.chromiumPathFromEnv} does not exist: point it at a Chromium, or unset it to use Debian's ${BROWSER_PACKAGE} (${DEFAULT_CHROMIUM_PATH}).`,
    };
  }
  const packages = [...(facts.browserPresent ? [] : [BROWSER_PACKAGE]), ...(facts.arabicFontsPresent ? [] : [FONTS_PACKAGE])];
  if (packages.length === 0) return { kind: 'ready' };
  if (facts.privilege === 'none') {
    const missing = [...(facts.browserPresent ? [] : [`Chromium (${DEFAULT_CHROMIUM_PATH})`]), ...(facts.arabicFontsPresent ? [] : ['fonts with Arabic glyphs'])];
    return {
      kind: 'refuse',
      message: `The browser tests need ${missing.join(' and ')}, and apt-get cannot be run here (neither root nor passwordless sudo, or no apt-get). ${HOW_TO}`,
    };
  }
  return { kind: 'install', packages, privilege: facts.privilege };
}

/** Runs a command, its output shown; answers its exit status. */
export type CommandRunner = (command: string, args: string[], env: NodeJS.ProcessEnv) => number;

const runInherited: CommandRunner = (command, args, env) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status ?? 1;
};

/**
 * Carries out an install plan: `apt-get install` first (the package lists are often current), then, if that fails,
 * `apt-get update` and `apt-get install` again. Answers whether the packages were installed.
 */
export function installPackages(
  plan: Extract<BrowserPlan, { kind: 'install' }>,
  run: CommandRunner = runInherited,
  log: (line: string) => void = console.log,
): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (...args: string[]): number =>
    plan.privilege === 'root' ? run('apt-get', args, env) : run('sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args], env);
  const how = plan.privilege === 'root' ? 'apt-get' : 'sudo -n apt-get';
  log(`browser set-up: installing ${plan.packages.join(' ')} for the browser tests (${how} install -y)`);
  if (apt('install', '-y', ...plan.packages) === 0) return true;
  log(`browser set-up: install failed; refreshing the package lists (${how} update) and trying again`);
  if (apt('update') !== 0) return false;
  return apt('install', '-y', ...plan.packages) === 0;
}

function commandExists(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Debian's fonts-noto-core where dpkg is (what screenshots were checked with); elsewhere any font fontconfig lists for Arabic. */
function arabicFontsInstalled(): boolean {
  if (commandExists('dpkg-query')) {
    const status = spawnSync('dpkg-query', ['-W', '-f=${Status}', FONTS_PACKAGE], { encoding: 'utf8' });
    return status.status === 0 && /install ok installed/.test(status.stdout);
  }
  if (!commandExists('fc-list')) return false;
  const fonts = spawnSync('fc-list', [':lang=ar', 'family'], { encoding: 'utf8' });
  return fonts.status === 0 && fonts.stdout.trim() !== '';
}

/** What this machine has. */
export function gatherFacts(env: NodeJS.ProcessEnv = process.env): BrowserFacts {
  const privilege = !commandExists('apt-get')
    ? 'none'
    : process.getuid?.() === 0
      ? 'root'
      : commandExists('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0
        ? 'sudo'
        : 'none';
  return {
    chromiumPathFromEnv: env.CHROMIUM_PATH || undefined,
    browserPresent: existsSync(chromiumPath(env)),
    arabicFontsPresent: arabicFontsInstalled(),
    privilege,
  };
}

/** The whole set-up: answers the process's exit status. */
export function setUpBrowser(env: NodeJS.ProcessEnv = process.env): number {
  const plan = planBrowserSetup(gatherFacts(env));
  if (plan.kind === 'ready') return 0;
  if (plan.kind === 'refuse') {
    console.error(`browser set-up: ${plan.message}`);
    return 1;
  }
  const after = installPackages(plan) ? planBrowserSetup(gatherFacts(env)) : undefined;
  if (after?.kind === 'ready') {
    console.log('browser set-up: done');
    return 0;
  }
  console.error(`browser set-up: apt-get could not install ${plan.packages.join(' ')}. ${HOW_TO}`);
  return 1;
}

if (require.main === module) process.exitCode = setUpBrowser();
