import { installPackages, planBrowserSetup, type BrowserFacts } from '../browser-setup';

const bare: BrowserFacts = { browserPresent: false, arabicFontsPresent: false, privilege: 'root' };

describe("npm test's browser set-up", () => {
  it('does nothing when Chromium and the Arabic fonts are there', () => {
    expect(planBrowserSetup({ ...bare, browserPresent: true, arabicFontsPresent: true })).toEqual({ kind: 'ready' });
  });

  it("installs Debian's chromium and fonts-noto-core on a bare machine, as root or through sudo", () => {
    expect(planBrowserSetup(bare)).toEqual({ kind: 'install', packages: ['chromium', 'fonts-noto-core'], privilege: 'root' });
    expect(planBrowserSetup({ ...bare, privilege: 'sudo' })).toEqual({ kind: 'install', packages: ['chromium', 'fonts-noto-core'], privilege: 'sudo' });
  });

  it('installs only the fonts when Chromium is there without them', () => {
    expect(planBrowserSetup({ ...bare, browserPresent: true })).toEqual({ kind: 'install', packages: ['fonts-noto-core'], privilege: 'root' });
  });

  it('stops with what to install when apt-get cannot be run', () => {
    const plan = planBrowserSetup({ ...bare, privilege: 'none' });
    expect(plan.kind).toBe('refuse');
    expect(plan.kind === 'refuse' && plan.message).toContain('sudo apt-get install -y chromium fonts-noto-core');
  });

  it('stops when CHROMIUM_PATH names a missing file, rather than installing a browser the tests would not use', () => {
    const plan = planBrowserSetup({ ...bare, chromiumPathFromEnv: '/opt/nowhere/chrome' });
    expect(plan.kind).toBe('refuse');
    expect(plan.kind === 'refuse' && plan.message).toContain('CHROMIUM_PATH=/opt/nowhere/chrome does not exist');
  });

  it('runs apt-get install, then update and install again when the first install fails, non-interactively', () => {
    const commands: string[] = [];
    const outcomes = [100, 0, 0];
    const installed = installPackages(
      { kind: 'install', packages: ['chromium', 'fonts-noto-core'], privilege: 'root' },
      (command, args, env) => {
        commands.push(`${env.DEBIAN_FRONTEND} ${command} ${args.join(' ')}`);
        return outcomes.shift()!;
      },
      () => undefined,
    );
    expect(installed).toBe(true);
    expect(commands).toEqual([
      'noninteractive apt-get install -y chromium fonts-noto-core',
      'noninteractive apt-get update',
      'noninteractive apt-get install -y chromium fonts-noto-core',
    ]);
  });

  it('goes through sudo -n when not root, and answers false when apt-get keeps failing', () => {
    const commands: string[] = [];
    const installed = installPackages(
      { kind: 'install', packages: ['fonts-noto-core'], privilege: 'sudo' },
      (command, args) => {
        commands.push(`${command} ${args.join(' ')}`);
        return 100;
      },
      () => undefined,
    );
    expect(installed).toBe(false);
    expect(commands).toEqual(['sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-noto-core', 'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update']);
  });
});
