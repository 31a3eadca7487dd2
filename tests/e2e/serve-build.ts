import type { TestProject } from 'vitest/node';
import { serveDist } from '../support/serve-dist';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One server of the production build for all browser tests. */
export default async function setup(project: TestProject) {
  const server = await serveDist();
  project.provide('baseUrl', server.url);
  return () => server.close();
}
