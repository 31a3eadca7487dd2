import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';

/**
 * The Content-Security-Policy of the pages built for a base: the one place hosting reads the
 * policy, so that the `_headers` file sends the very string of the pages' meta tag. It takes the
 * base because a policy that allows an inline script by its hash depends on it.
 */
export const pagePolicy: (base: string) => string = () => CONTENT_SECURITY_POLICY;
