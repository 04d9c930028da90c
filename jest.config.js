/**
 * One Jest run for the whole workspace, in two tiers:
 *  - unit (*.spec.ts): pure code, mocks allowed, no infrastructure;
 *  - integration (*.int-spec.ts): real PostgreSQL and Kafka started by `npm run infra:up`.
 * SWC compiles TypeScript (with decorator metadata, which Nest's DI needs) much faster than ts-jest.
 * @type {import('jest').Config}
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  // A few dependencies ship ESM only (content-disposition, pulled in by @fastify/static for /docs):
  // let SWC turn those into CommonJS too. The OTLP exporter loads node:http with a dynamic import(),
  // which Jest's VM refuses without --experimental-vm-modules: SWC turns it into require().
  transform: { '^.+\\.ts$': swc, '^.+\\.m?js$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition|@opentelemetry/otlp-exporter-base)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@tradein/(contracts|messaging|money|auth|observability|service-runtime|testing|device-identity|evidence|api-client)$':
      '<rootDir>/libs/$1/src/index.ts',
  },
  setupFiles: ['reflect-metadata'],
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/scripts'],
};

module.exports = {
  testTimeout: 60_000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      slowTestThreshold: 30,
    },
  ],
};
