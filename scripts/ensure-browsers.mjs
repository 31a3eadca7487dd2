// Makes sure the system browsers that the tests drive are installed: Chromium, Firefox ESR, and
// WebKitGTK's MiniBrowser with its WebDriver and an X server to show it on. Never downloads a
// browser of its own: on Debian as root it runs apt-get once for everything missing; anywhere
// else it says what to install.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { REQUIREMENTS, locate } from './browser-locations.mjs';

const missing = () => Object.values(REQUIREMENTS).filter((requirement) => !locate(requirement));

const report = () => {
  for (const requirement of Object.values(REQUIREMENTS)) {
    console.log(`${requirement.name}: ${locate(requirement) ?? 'missing'}`);
  }
};

const before = missing();
if (before.length === 0) {
  report();
  process.exit(0);
}

const packages = [
  ...new Set(before.flatMap((requirement) => requirement.debianPackage.split(' '))),
];
const overridden = before.filter((requirement) => process.env[requirement.env]);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
// Debian itself: Ubuntu also has /etc/debian_version, but no firefox-esr and a snap-only chromium.
const isDebian =
  existsSync('/etc/os-release') && /^ID="?debian"?$/m.test(readFileSync('/etc/os-release', 'utf8'));

if (overridden.length > 0 || !isRoot || !isDebian) {
  console.error(
    `The browser tests need ${before.map((requirement) => requirement.name).join(', ')}, not found.\n` +
      overridden.map((r) => `${r.env}=${process.env[r.env]} does not exist.\n`).join('') +
      (isDebian
        ? `Install with: sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\n`
        : `Install the Debian packages' equivalents of ${packages.join(', ')} with your system package manager, `) +
      `or point ${before.map((requirement) => requirement.env).join(', ')} at existing binaries.`,
  );
  process.exit(1);
}

console.log(`Installing Debian's ${packages.join(', ')} with apt-get…`);
/** @param {string[]} args */
const aptGet = (args) =>
  execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
aptGet(['update']);
aptGet(['install', '-y', ...packages]);

const after = missing();
report();
if (after.length > 0) {
  console.error(
    `apt-get finished but ${after.map((requirement) => requirement.name).join(', ')} did not appear.`,
  );
  process.exit(1);
}
