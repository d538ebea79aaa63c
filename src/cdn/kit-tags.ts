/** The kit's element tags, for the CDN builds that look for them in a page (the autoloader, the one-file bundle). */
export const kitTags: readonly string[] = ['maturity-assessment', 'score-radar', 'benchmark-gauge', 'health-badge', 'nps-survey', 'roi-calculator'];
