/** `npm run add-release -- FILE --release YYYY-MM-DD --source URL --confidence LEVEL [--dry-run]` */
import { register } from 'node:module';

// The dictionaries read the page's language from a Svelte module; compile such modules as the
// build does.
register('./svelte-modules.ts', import.meta.url);
const { addRelease } = await import('./add-release');

const result = await addRelease(process.argv.slice(2));
for (const line of result.output) process.stdout.write(`${line}\n`);
for (const line of result.errors) process.stderr.write(`${line}\n`);
process.exitCode = result.exitCode;
