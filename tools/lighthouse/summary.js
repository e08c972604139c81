// Prints one line per Lighthouse JSON report: the page, its four scores,
// total blocking time and largest contentful paint, and the audits that
// cost accessibility, best-practices or SEO points.
'use strict';
const fs = require('fs');

const cats = ['performance', 'accessibility', 'best-practices', 'seo'];
console.log('page'.padEnd(40) + ' perf  a11y  best   seo     TBT      LCP');
for (const file of process.argv.slice(2)) {
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  const url = new URL(r.finalDisplayedUrl || r.requestedUrl);
  const scores = cats.map((c) => String(Math.round(r.categories[c].score * 100)).padStart(4));
  const tbt = Math.round(r.audits['total-blocking-time'].numericValue);
  const lcp = Math.round(r.audits['largest-contentful-paint'].numericValue);
  console.log(`${(url.pathname + url.search).padEnd(40)} ${scores.join('  ')}  ${String(tbt).padStart(6)} ms ${String(lcp).padStart(6)} ms`);
  for (const c of cats.slice(1)) {
    for (const ref of r.categories[c].auditRefs) {
      const a = r.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) {
        console.log(`    ${c}: ${a.id}: ${a.title}`);
      }
    }
  }
}
