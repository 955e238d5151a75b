/**
 * Jest for mutation testing: the tests that load src/ and rules/ in-process, and the CLI tests, which run the sandbox's
 * dist/ built from the instrumented sources by Stryker's buildCommand (test/helpers/mutant-coverage.ts). The global
 * setup's rebuild is left out: it would rebuild dist/ without the mutants.
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
    '<rootDir>/test/budget.test.ts',
    '<rootDir>/test/includes.test.ts',
    '<rootDir>/test/parse-yaml.test.ts',
    '<rootDir>/test/read-template.test.ts',
    '<rootDir>/test/relax-yaml.test.ts',
    '<rootDir>/test/cloud-assembly.test.ts',
    '<rootDir>/test/discover.test.ts',
    '<rootDir>/test/input-files.test.ts',
    '<rootDir>/test/validate.test.ts',
    '<rootDir>/test/comment-suppressions.test.ts',
    '<rootDir>/test/sam-adapter.test.ts',
    '<rootDir>/test/terraform-functions.test.ts',
    '<rootDir>/test/terraform-plan-mapping.test.ts',
    '<rootDir>/test/config-load.test.ts',
    '<rootDir>/test/source-node.test.ts',
    '<rootDir>/test/terraform-evaluate.test.ts',
    '<rootDir>/test/live-pieces.test.ts',
    '<rootDir>/test/edit-text.test.ts',
    '<rootDir>/test/run-rules.test.ts',
    '<rootDir>/test/notes.test.ts',
    '<rootDir>/test/examples.test.ts',
    '<rootDir>/test/findings-golden.test.ts',
    '<rootDir>/test/reports-golden.test.ts',
    '<rootDir>/test/input-kinds.test.ts',
    '<rootDir>/test/language-extensions.test.ts',
    '<rootDir>/test/serverless-variables.test.ts',
    '<rootDir>/test/rule-docs.test.ts',
    '<rootDir>/test/practice.test.ts',
    '<rootDir>/test/baseline.test.ts',
    '<rootDir>/test/baseline-matching.test.ts',
    '<rootDir>/test/exit-code.test.ts',
    '<rootDir>/test/escape.test.ts',
    '<rootDir>/test/reporters.test.ts',
    '<rootDir>/test/cli.test.ts',
    '<rootDir>/test/config.test.ts',
    '<rootDir>/test/suppressions.test.ts',
    '<rootDir>/test/discovery.test.ts',
    '<rootDir>/test/sarif.test.ts',
    '<rootDir>/test/mermaid.test.ts',
    '<rootDir>/test/serverless-adapter.test.ts',
    '<rootDir>/test/terraform-source.test.ts',
    '<rootDir>/test/terraform-plan.test.ts',
    '<rootDir>/test/policy-command.test.ts',
    '<rootDir>/test/fix.test.ts',
  ],
};
