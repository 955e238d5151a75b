// Loaded with --import into a CLI child under StrykerJS (see mutant-coverage.ts): writes the mutant coverage on exit.
import { writeFileSync } from 'node:fs';

const file = process.env.EG_MUTANT_COVERAGE_FILE;
if (file) {
  process.on('exit', () => {
    const coverage = globalThis.__stryker__?.mutantCoverage;
    if (coverage) writeFileSync(file, JSON.stringify(coverage));
  });
}
