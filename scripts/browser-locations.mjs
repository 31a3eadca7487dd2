// Where the browsers, driver and X server that the tests drive are: the environment's override,
// or the Debian package's files. Shared by scripts/ensure-browsers.mjs and the tests.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * @typedef {object} Requirement
 * @property {string} name what the tests need
 * @property {string} env the environment variable that points at another copy
 * @property {string} debianPackage the package that brings it
 * @property {string[]} candidates where Debian's package puts it
 * @property {string} [fromPackage] the package whose files to search for `/<basename>`
 */

/** @type {Record<'chromium' | 'firefox' | 'webkitDriver' | 'miniBrowser' | 'xvfbRun', Requirement>} */
export const REQUIREMENTS = {
  chromium: {
    name: 'Chromium',
    env: 'CHROMIUM_PATH',
    debianPackage: 'chromium',
    candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  },
  firefox: {
    name: 'Firefox',
    env: 'FIREFOX_PATH',
    debianPackage: 'firefox-esr',
    candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
  },
  webkitDriver: {
    name: 'WebKitWebDriver',
    env: 'WEBKIT_DRIVER_PATH',
    debianPackage: 'webkit2gtk-driver',
    candidates: ['/usr/bin/WebKitWebDriver'],
  },
  miniBrowser: {
    name: 'MiniBrowser (WebKitGTK)',
    env: 'MINIBROWSER_PATH',
    debianPackage: 'libwebkit2gtk-4.1-0',
    candidates: [],
    fromPackage: 'libwebkit2gtk-4.1-0',
  },
  xvfbRun: {
    name: 'xvfb-run',
    env: 'XVFB_RUN_PATH',
    // xvfb-run needs xauth, which xvfb only recommends.
    debianPackage: 'xvfb xauth',
    candidates: ['/usr/bin/xvfb-run'],
  },
};

/** @param {string} debianPackage @param {string} basename */
function fileOfPackage(debianPackage, basename) {
  try {
    const files = execFileSync('dpkg', ['-L', debianPackage], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return files.split('\n').find((file) => file.endsWith(`/${basename}`) && existsSync(file));
  } catch {
    return undefined;
  }
}

/**
 * The binary, or undefined when it is not installed.
 * @param {Requirement} requirement
 * @returns {string | undefined}
 */
export function locate(requirement) {
  const override = process.env[requirement.env];
  if (override) return existsSync(override) ? override : undefined;
  const found = requirement.candidates.find((path) => existsSync(path));
  if (found || !requirement.fromPackage) return found;
  return fileOfPackage(requirement.fromPackage, 'MiniBrowser');
}

/**
 * The binary; throws with what to install when it is missing.
 * @param {keyof typeof REQUIREMENTS} key
 * @returns {string}
 */
export function requireBinary(key) {
  const requirement = REQUIREMENTS[key];
  const found = locate(requirement);
  if (found) return found;
  throw new Error(
    `${requirement.name} not found. Run \`node scripts/ensure-browsers.mjs\` (as root on Debian ` +
      `it runs \`apt-get install -y ${requirement.debianPackage}\`), or set ${requirement.env}.`,
  );
}
