import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/**
 * The Tabular Data Package profile (Frictionless Data Package v1, JSON Schema draft-04), vendored
 * from the `datapackage` npm package 1.1.10 (MIT) so the test needs no network.
 */
const PROFILE = new URL('../fixtures/datapackage/tabular-data-package.json', import.meta.url);

/** A validator for Tabular Data Package descriptors, with every format the profile names. */
export function tabularDataPackageValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  // The profile's hints for form builders; any string is one.
  ajv.addFormat('textarea', true);
  return ajv.compile(JSON.parse(readFileSync(PROFILE, 'utf8')) as object);
}
