// Resolver entry point for both UI modules (manifest.yml: `index.handler`).
// The weekly personal data job is `privacy.run`.
export { handler } from './resolvers.js';
