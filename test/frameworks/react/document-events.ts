// Analytics code listens on document: every kit event arrives there typed, with its detail.
import 'advocacy-kit';

document.addEventListener('health-change', (e) => e.detail.band.toUpperCase());
document.addEventListener('nps-submit', (e) => e.detail.advocacy?.tiers.includes('reference'));
document.addEventListener('assessment-complete', (e) => e.detail.result.overall);
window.addEventListener('gauge-error', (e) => e.detail.issues.map((i) => i.path));
// @ts-expect-error nps-submit's detail has no such field
document.addEventListener('nps-submit', (e) => e.detail.rating);
