/**
 * Tests, mocks, examples and build scripts: what they import, call or deploy is not the app processing data. Also test
 * runners' set-up and configuration (`setupTests.js`, `jest.setup.ts`, `vitest.config.ts`, `playwright.config.ts`), and
 * Storybook's own files (`*.stories.tsx`, `.storybook/`; a `stories/` folder alone may hold the app's user stories).
 * A `scripts/` folder the app serves (`public/scripts/app.js`) is its pages' code.
 */
const NOT_APP_CODE = /(?:^|\/)(?:test|tests|__tests__|__mocks__|mocks?|spec|e2e|cypress|playwright|fixtures?|examples?|(?<!(?:^|\/)(?:public|static|assets|www|wwwroot)\/(?:[^/]+\/)*)scripts|\.storybook)\/|\.(?:test|spec|stories|e2e)\.[cm]?[jt]sx?$|(?:^|\/)(?:(?:jest|vitest)\.[\w.-]+|(?:playwright|cypress)\.config|karma\.conf|setupTests|setup-tests|setupJest|test-setup|testSetup|test-utils)\.[cm]?[jt]sx?$/;
/** Test tools' folders, never a URL path segment (unlike `test/`, `fixtures/` or `examples/`: `app/api/fixtures/route.ts`). */
const TOOL_FOLDERS = /(?:^|\/)(?:__tests__|__mocks__|cypress|playwright|\.storybook)\//;
/**
 * Where a web framework serves a module by its place, each folder below being a URL path segment: Next.js's `route.ts`,
 * `page.tsx` and `layout.tsx` below `app/`, and `pages/api/`; SvelteKit's `+page.server.ts` below `routes/`; Nuxt's `server/api/`.
 */
const ROUTES = /(?:^|\/)(?:app\/(?=(?:[^/]+\/)*(?:route|page|layout)\.[cm]?[jt]sx?$)|pages\/api\/|routes\/(?=(?:[^/]+\/)*\+[\w.]+\.[jt]s$)|server\/(?:api|routes)\/)/;

/** Build-tool configuration files (not runtime config such as `sentry.client.config.ts`). */
const BUILD_CONFIG = /(?:^|\/)(?:vite|vitest|webpack|rollup|esbuild|tsup|babel|jest|eslint|prettier|postcss|tailwind|playwright|cypress|next|nuxt|astro|svelte|remix|turbo|karma|metro|craco|rspack|rsbuild|react-router)\.config\.[cm]?[jt]s$|(?:^|\/)(?:gulpfile|gruntfile|\.eslintrc)\.[cm]?[jt]s$/i;

/**
 * The folder of the app's manifest below the folder scanned (`examples/jira-page/`), '' when the manifest is at the top:
 * the names of the folders above it (`examples/`, `test/`) say nothing of the app's own code. Set for one scan at a time,
 * as `keepYamlIn` is, and by each worker task.
 */
let appFolder = '';

export function setAppFolder(folder: string): void {
  appFolder = folder;
}

/** Whether a file (relative to the folder scanned, `/` separators) is a test, mock, example or script of the app. */
export function isNotAppCode(file: string): boolean {
  const own = appFolder !== '' && file.startsWith(appFolder) ? file.slice(appFolder.length) : file;
  return NOT_APP_CODE.test(own) && !routed(own);
}

/** Whether a source file is the app's own run-time code: neither a test, mock or script nor a build tool's configuration. */
export function isAppCode(file: string): boolean {
  return !isNotAppCode(file) && !BUILD_CONFIG.test(file);
}

/** Whether a route module's test-like folder names are only URL path segments below its framework's routes folder. */
function routed(file: string): boolean {
  const route = ROUTES.exec(file);
  if (route === null) return false;
  const end = route.index + route[0].length;
  const slash = file.lastIndexOf('/');
  return !NOT_APP_CODE.test(file.slice(0, end)) && !NOT_APP_CODE.test(file.slice(slash + 1)) && !TOOL_FOLDERS.test(file.slice(end, slash + 1));
}
