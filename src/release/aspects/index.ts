/** The aspects a release review compares, in the order changes are listed; add a new one here. */
import type { Aspect } from '../types.ts';
import appSettings from './app-settings.ts';
import dependencies from './dependencies.ts';
import egressCalls from './egress-calls.ts';
import egressDeclared from './egress-declared.ts';
import llm from './llm.ts';
import logLeaks from './log-leaks.ts';
import personalData from './personal-data.ts';
import remotes from './remotes.ts';
import reporting from './reporting.ts';
import scopes from './scopes.ts';
import sdkData from './sdk-data.ts';
import secrets from './secrets.ts';
import storageBackends from './storage-backends.ts';
import storedData from './stored-data.ts';
import thirdParties from './third-parties.ts';
import triggers from './triggers.ts';

export const ASPECTS: readonly Aspect[] = [
  scopes, egressDeclared, remotes, egressCalls, sdkData, thirdParties, llm, storageBackends, storedData, logLeaks, personalData, reporting,
  triggers, appSettings, dependencies, secrets,
];
