// Makes sure the system Chromium that the browser tests drive is installed. Never downloads a
// browser of its own: on Debian as root it uses apt-get; anywhere else it says what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const found = () =>
  [process.env.CHROMIUM_PATH, ...CANDIDATES].find((path) => path && existsSync(path));

if (found()) {
  console.log(`Chromium: ${found()}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');
if (!isRoot || !isDebian) {
  console.error(
    'The browser tests need Chromium and none was found.\n' +
      (isDebian
        ? 'Install it with: sudo apt-get update && sudo apt-get install -y chromium\n'
        : 'Install Chromium with your system package manager, ') +
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  );
  process.exit(1);
}

console.log('Chromium not found: installing Debian’s chromium package with apt-get…');
/** @param {string[]} args */
const run = (args) =>
  execFileSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
run(['update']);
run(['install', '-y', 'chromium']);
if (!found()) {
  console.error('apt-get finished but no Chromium binary appeared in /usr/bin.');
  process.exit(1);
}
console.log(`Chromium: ${found()}`);
