/** The version esbuild writes in from package.json; unbundled runs (ts checks, tools) say they are a dev build. */
declare const SERVER_VERSION_DEFINE: string | undefined;

export const SERVER_VERSION = typeof SERVER_VERSION_DEFINE === 'string' ? SERVER_VERSION_DEFINE : '0.0.0-dev';
