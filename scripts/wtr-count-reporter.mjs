// Prints ONE plain closing line, last: "N passed, N failed, N skipped" (WTR's own summary is prefixed).
function countSuite(suite, acc) {
  for (const t of suite?.tests ?? []) acc[t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed']++;
  for (const s of suite?.suites ?? []) countSuite(s, acc);
}

export function countReporter() {
  return {
    stop({ sessions }) {
      const total = { passed: 0, failed: 0, skipped: 0 };
      const perBrowser = new Map();
      for (const session of sessions) {
        const acc = { passed: 0, failed: 0, skipped: 0 };
        countSuite(session.testResults, acc);
        // A file that failed to load, timed out or crashed counts as a failure.
        if (!session.passed && acc.failed === 0) acc.failed = 1;
        const browser = perBrowser.get(session.browser.name) ?? { passed: 0, failed: 0, skipped: 0 };
        for (const k in total) {
          total[k] += acc[k];
          browser[k] += acc[k];
        }
        perBrowser.set(session.browser.name, browser);
      }
      const line = (c) => `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
      // With more than one engine, each one's counts come first.
      const lines = perBrowser.size > 1 ? [...perBrowser].map(([name, c]) => `${name}: ${line(c)}`) : [];
      process.once('exit', () => process.stdout.write([...lines, line(total)].join('\n') + '\n'));
    },
  };
}
