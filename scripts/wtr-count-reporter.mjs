// Prints ONE plain closing line, last: "N passed, N failed, N skipped" (WTR's own summary is prefixed).
function countSuite(suite, acc) {
  for (const t of suite?.tests ?? []) acc[t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed']++;
  for (const s of suite?.suites ?? []) countSuite(s, acc);
}

export function countReporter() {
  return {
    stop({ sessions }) {
      const total = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const acc = { passed: 0, failed: 0, skipped: 0 };
        countSuite(session.testResults, acc);
        // A file that failed to load, timed out or crashed counts as a failure.
        if (!session.passed && acc.failed === 0) acc.failed = 1;
        for (const k in total) total[k] += acc[k];
      }
      process.once('exit', () =>
        process.stdout.write(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`),
      );
    },
  };
}
