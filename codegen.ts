import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed GraphQL operations for the web app, generated from the committed API schema. */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['libs/web/data-access/src/lib/graphql/*.graphql'],
  generates: {
    'libs/web/data-access/src/lib/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
        scalars: { DateTime: 'string', JSON: 'Record<string, unknown>' },
        skipTypename: true,
      },
    },
  },
};

export default config;
