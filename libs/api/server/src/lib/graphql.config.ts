import { ApolloDriverConfig } from '@nestjs/apollo';
import { join } from 'node:path';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import {
  DEFAULT_QUERY_LIMITS,
  formatGraphQLError,
  queryLimitsRule,
  VigilConfig,
} from '@vigil/api/core';
import type { Request, Response } from 'express';

/** The committed schema file; the test suite fails when it is stale. */
export const SCHEMA_FILE = join(process.cwd(), 'apps/api/schema.gql');

export function graphqlOptions(config: VigilConfig, writeSchema: boolean): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  return {
    autoSchemaFile: writeSchema ? SCHEMA_FILE : true,
    sortSchema: true,
    path: '/graphql',
    introspection: !production,
    // No landing page or query editor is served, in any environment.
    playground: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: production,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    validationRules: [queryLimitsRule(DEFAULT_QUERY_LIMITS)],
    formatError: formatGraphQLError,
    // Vigil sets no cache hints; skipping the plugin saves work on every field.
    plugins: [ApolloServerPluginCacheControlDisabled()],
    // Subscriptions (graphql-ws) carry the bearer token in the connection parameters.
    subscriptions: { 'graphql-ws': { path: '/graphql' } },
    context: (ctx: {
      req?: Request;
      res?: Response;
      connectionParams?: { authorization?: unknown };
    }) =>
      ctx.req
        ? { req: ctx.req, res: ctx.res }
        : {
            req: {
              headers: {
                authorization:
                  typeof ctx.connectionParams?.authorization === 'string'
                    ? ctx.connectionParams.authorization
                    : '',
              },
            },
          },
  } as ApolloDriverConfig;
}
