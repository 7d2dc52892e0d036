/**
 * Tests, mocks, examples and build scripts: what they import, call or deploy is not the app processing data. Also test
 * runners' set-up and configuration (`setupTests.js`, `jest.setup.ts`, `vitest.config.ts`, `playwright.config.ts`).
 */
const NOT_APP_CODE = /(?:^|\/)(?:test|tests|__tests__|__mocks__|mocks?|spec|e2e|cypress|playwright|fixtures?|examples?|scripts|\.storybook|stories)\/|\.(?:test|spec|stories|e2e)\.[cm]?[jt]sx?$|(?:^|\/)(?:(?:jest|vitest)\.[\w.-]+|(?:playwright|cypress)\.config|karma\.conf|setupTests|setup-tests|setupJest|test-setup|testSetup|test-utils)\.[cm]?[jt]sx?$/;
/** Build-tool configuration files (not runtime config such as `sentry.client.config.ts`). */
const BUILD_CONFIG = /(?:^|\/)(?:vite|vitest|webpack|rollup|esbuild|tsup|babel|jest|eslint|prettier|postcss|tailwind|playwright|cypress|next|nuxt|astro|svelte|remix|turbo|karma|metro|craco|rspack|rsbuild|react-router)\.config\.[cm]?[jt]s$|(?:^|\/)(?:gulpfile|gruntfile|\.eslintrc)\.[cm]?[jt]s$/i;

/** Whether a file (relative to the app, `/` separators) is a test, mock, example or script. */
export function isNotAppCode(file: string): boolean {
  return NOT_APP_CODE.test(file);
}

/** Whether a source file is the app's own run-time code: neither a test, mock or script nor a build tool's configuration. */
export function isAppCode(file: string): boolean {
  return !NOT_APP_CODE.test(file) && !BUILD_CONFIG.test(file);
}
