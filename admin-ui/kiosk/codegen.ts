import type { CodegenConfig } from '@graphql-codegen/cli'

// The same schema as the admin's (graph/*.graphqls); PB_SCHEMA overrides it. The kiosk sends plain strings
// (documentMode: 'string'), so the generated code adds no GraphQL runtime to the bundle: only the types and
// the three operations' text.
const schema = process.env.PB_SCHEMA ?? '../../graph/*.graphqls'

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        documentMode: 'string',
        onlyOperationTypes: true,
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: {
          Cursor: 'string',
          Time: 'string',
          Upload: 'File',
          Map: 'Record<string, unknown>',
        },
        defaultScalarType: 'unknown',
      },
    },
  },
}

export default config
