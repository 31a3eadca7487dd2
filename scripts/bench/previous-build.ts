import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { precompressFolder } from '../precompress-folder';

/** The build the targets compare with; `BENCH_PREVIOUS=none` leaves it out. */
export const PREVIOUS_COMMIT = process.env.BENCH_PREVIOUS ?? '12a9be9';

export interface PreviousBuild {
  commit: string;
  dist: string;
  /** Removes the checkout, its dependencies and its build. */
  remove: () => void;
}

const sameFile = (a: string, b: string) =>
  existsSync(a) && existsSync(b) && readFileSync(a).equals(readFileSync(b));

/**
 * Builds `commit` from git in a temporary folder with its own dependencies and its own Vite
 * (this checkout's node_modules when the lock files match, else `npm ci`), and writes the same
 * precompressed files this build serves, so both are sent alike.
 */
export async function buildPrevious(
  root: string,
  commit = PREVIOUS_COMMIT,
): Promise<PreviousBuild> {
  const dir = mkdtempSync(path.join(tmpdir(), 'takeover-watch-previous-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    execFileSync(
      'sh',
      ['-c', 'git archive --format=tar "$1" | tar -x -C "$2"', 'sh', commit, dir],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    // Built as a reader gets it: at the root, not the naive variant.
    const env = { ...process.env };
    delete env.TAKEOVER_NAIVE;
    delete env.BASE_PATH;
    const run = (command: string, args: string[]) =>
      execFileSync(command, args, { cwd: dir, stdio: 'inherit', env });
    if (sameFile(path.join(root, 'package-lock.json'), path.join(dir, 'package-lock.json'))) {
      symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    } else {
      console.log(`Installing ${commit}'s dependencies (npm ci)…`);
      run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel', 'error']);
    }
    console.log(`Building ${commit} with its own Vite…`);
    run('npx', ['vite', 'build', '--outDir', 'dist', '--emptyOutDir', '--logLevel', 'warn']);
    const dist = path.join(dir, 'dist');
    await precompressFolder(dist, {
      cacheDir: path.join(root, 'node_modules/.cache/precompress'),
    });
    return { commit, dist, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
