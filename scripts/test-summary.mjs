// Reads the tiers' JSON results and prints one closing line per tier and overall.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  const tier = basename(file, '.json');
  // A tier that produced no result file crashed before reporting: count it as a failure.
  const r = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { numPassedTests: 0, numFailedTests: 1 };
  const tierFailed = Math.max(r.numFailedTests, r.numFailedTestSuites ?? 0) + (r.numTotalTests === 0 ? 1 : 0);
  console.log(`${tier}: ${r.numPassedTests} passed, ${tierFailed} failed`);
  passed += r.numPassedTests;
  failed += tierFailed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
