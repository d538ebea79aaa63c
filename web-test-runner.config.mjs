import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { chromiumArgs, findChromium } from './scripts/find-chromium.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  // One test file at a time: a background tab gets no animation frames, so rAF- and ResizeObserver-driven
  // rendering would stall there.
  concurrency: 1,
  // Pages under test/fixtures/csp/ are served with a strict Content-Security-Policy, as a careful host would.
  middleware: [
    (ctx, next) => {
      if (ctx.path.startsWith('/test/fixtures/csp/')) {
        ctx.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'");
      }
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        args: [
          ...chromiumArgs,
          // Keep any page that is not in front rendering, so fixtures never wait on a frame.
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  coverageConfig: {
    include: ['src/**/*.ts'],
    reporters: ['lcov', 'text-summary'],
  },
  reporters: [defaultReporter({ reportTestProgress: !process.env.CI }), countReporter()],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 900000,
};
