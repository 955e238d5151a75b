/**
 * Jest for mutation testing: the tests that load src/ and rules/ in-process (mutants live there), without the global
 * setup's rebuild of dist/ (Stryker's sandbox holds mutated sources, which must never be bundled).
 */
import base from './jest.config.js';

const { globalSetup: _rebuild, ...inProcess } = base;

// MUTATION_TESTS=rule-fixtures,variants/lambda-sg-egress runs only those files (test/<name>.test.ts), for a quicker run.
const only = process.env.MUTATION_TESTS?.split(',').map((name) => `<rootDir>/test/${name}.test.ts`);

export default {
  ...inProcess,
  testMatch: only ?? [
    '<rootDir>/test/rule-fixtures.test.ts',
    '<rootDir>/test/variants/*.test.ts',
    '<rootDir>/test/resolver.test.ts',
    '<rootDir>/test/model.test.ts',
    '<rootDir>/test/rule-text.test.ts',
    '<rootDir>/test/hostile.test.ts',
    '<rootDir>/test/load.test.ts',
    '<rootDir>/test/notes.test.ts',
    '<rootDir>/test/examples.test.ts',
    '<rootDir>/test/findings-golden.test.ts',
    '<rootDir>/test/reports-golden.test.ts',
    '<rootDir>/test/input-kinds.test.ts',
    '<rootDir>/test/language-extensions.test.ts',
    '<rootDir>/test/serverless-variables.test.ts',
    '<rootDir>/test/rule-docs.test.ts',
    '<rootDir>/test/practice.test.ts',
  ],
};
