// The package as users get it: dist/ committed and fresh, zero runtime dependencies, and
// every documented way of installing it (packed tarball, npx from the tarball, git+file
// as a devDependency and globally) with the real npm, offline.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT, fakeKeyId, fakeSecret, tempDir, writeFileSync } from '../helpers.js';
import { npmEnv, sh, snapshotRepo } from '../install-helpers.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  dependencies?: Record<string, string>;
  scripts: Record<string, string>;
};

function files(dir: string): string[] {
  const out: string[] = [];
  (function walk(d: string) {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)));
    }
  })(dir);
  return out.sort();
}

function emptyProject(env: NodeJS.ProcessEnv): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir, env });
  return dir;
}

function keyPairFile(dir: string): string {
  const secret = fakeSecret();
  writeFileSync(join(dir, '.env'), `AWS_ACCESS_KEY_ID=${fakeKeyId()}\nAWS_SECRET_ACCESS_KEY=${secret}\n`);
  return secret;
}

describe('the package', () => {
  it('declares no runtime dependency and no install-time script', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    // npm installs devDependencies and runs these when installing from git (npm/cli#8440)
    for (const s of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'build']) expect(pkg.scripts).not.toHaveProperty(s);
  });

  it('dist/ in git is what a fresh build makes (run `npm run dist` and commit dist/ when this fails)', () => {
    // the global setup has just built dist/ from src/ (and the man pages from --help)
    const git = (...a: string[]) => execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' });
    expect(git('ls-files', '--', 'dist/leakguard.js', 'dist/index.js', 'dist/man/git-leakguard.1')).not.toBe('');
    expect(git('diff', '--name-only', '--', 'dist')).toBe('');
    expect(git('ls-files', '--others', '--exclude-standard', '--', 'dist')).toBe('');
    // the declarations: tsc's output in a temp folder against dist/types
    const out = tempDir();
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.types.json', '--outDir', out], { cwd: ROOT });
    expect(files(join(ROOT, 'dist/types'))).toEqual(files(out));
    for (const f of files(out)) expect(readFileSync(join(ROOT, 'dist/types', f), 'utf8'), f).toBe(readFileSync(join(out, f), 'utf8'));
  }, 180_000);

  it('packs to a tarball that installs as exactly one package and runs (also with npx)', () => {
    const repo = snapshotRepo();
    const env = npmEnv();
    const dest = tempDir();
    const pack = sh('npm', ['pack', '--pack-destination', dest], repo.dir, env);
    expect(pack.code, pack.stderr).toBe(0);
    // pre-commit 3.0.4 takes npm pack's whole standard output as the tarball's name
    expect(pack.stdout).toBe(`leakguard-${pkg.version}.tgz\n`);
    const tarball = join(dest, `leakguard-${pkg.version}.tgz`);

    const app = emptyProject(env);
    const install = sh('npm', ['install', '--save-dev', tarball], app, env);
    expect(install.code, install.stderr).toBe(0);
    const lock = JSON.parse(readFileSync(join(app, 'node_modules/.package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    expect(Object.keys(lock.packages)).toEqual(['node_modules/leakguard']);

    const version = sh('npx', ['--no-install', 'leakguard', '--version'], app, env);
    expect(version.stdout.trim()).toBe(pkg.version);
    const secret = keyPairFile(app);
    const scan = sh('npx', ['--no-install', 'leakguard', 'scan', '.env'], app, env);
    expect(scan.code, scan.stderr).toBe(1);
    expect(scan.stdout).toContain('.env');
    expect(scan.stdout).not.toContain(secret);

    // npx straight from the tarball, nothing installed in the project
    const bare = emptyProject(env);
    const npx = sh('npx', ['--yes', '--package', tarball, 'leakguard', '--version'], bare, env);
    expect(npx.code, npx.stderr).toBe(0);
    expect(npx.stdout.trim()).toBe(pkg.version);
  }, 300_000);

  it('installs from git as a devDependency and globally, with no build and no registry', () => {
    const repo = snapshotRepo();
    const home = tempDir();
    const env = npmEnv(home);
    const app = emptyProject(env);
    const dev = sh('npm', ['install', '-D', `git+file://${repo.dir}`], app, env);
    expect(dev.code, dev.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')).devDependencies.leakguard).toContain('git+file://');
    expect(readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['leakguard']);
    keyPairFile(app);
    expect(sh('npx', ['--no-install', 'leakguard', 'scan', '.env'], app, env).code).toBe(1);

    const global = sh('npm', ['install', '-g', `git+file://${repo.dir}`], app, env);
    expect(global.code, global.stderr).toBe(0);
    const prefix = env.npm_config_prefix!;
    for (const bin of ['leakguard', 'git-leakguard']) {
      // a link into the installed package, not into a deleted temporary clone
      const target = realpathSync(join(prefix, 'bin', bin));
      expect(target).toBe(join(prefix, 'lib/node_modules/leakguard/bin/leakguard.js'));
      expect(statSync(join(prefix, 'lib/node_modules/leakguard/dist/leakguard.js')).isFile()).toBe(true);
    }
    const path = `${join(prefix, 'bin')}:${env.PATH}`;
    const v = sh('leakguard', ['--version'], app, { ...env, PATH: path });
    expect(v.stdout.trim()).toBe(pkg.version);

    // git runs `git help leakguard` (man git-leakguard) for --help: npm linked the man page
    // into <prefix>/share/man, which man finds from PATH
    expect(existsSync(join(prefix, 'share/man/man1/git-leakguard.1'))).toBe(true);
    const help = sh('git', ['leakguard', '--help'], app, { ...env, PATH: path, MANPAGER: 'cat', PAGER: 'cat', MANWIDTH: '120' });
    expect(help.stderr).not.toContain('No manual entry');
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toContain('leakguard <command> [options]');
    expect(help.stdout).toContain('leakguard staged');
    // -h is passed through to leakguard itself
    const h = sh('git', ['leakguard', '-h'], app, { ...env, PATH: path });
    expect(h.stdout).toContain('leakguard <command> [options]');
  }, 300_000);
});
