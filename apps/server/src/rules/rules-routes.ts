import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loadMeasureCatalogue } from '@klaster/data';
import type { AppDeps } from '../app-deps.ts';
import { RuleSetRegistry } from './ruleset-registry.ts';
import { ruleCheckRoutes } from './rules.routes.ts';
import { supportRoutes } from './support.routes.ts';

/** The rules engine in the product: rule sets and the measure catalogue are read once, when the app is built. */
export function rulesRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const registry = RuleSetRegistry.load();
    const catalogue = loadMeasureCatalogue();
    await app.register(ruleCheckRoutes(deps, registry));
    await app.register(supportRoutes(deps, registry, catalogue));
  };
}
