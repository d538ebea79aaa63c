/**
 * The one-file CDN bundle (`dist/cdn/advocacy-kit.js`, `npm run build:cdn`) speaks the page's language with no
 * other markup: pages under test/fixtures/csp/ (strict CSP, `script-src 'self'`) that load only the bundle. It
 * fetches a shipped language's data file, `advocacy-kit.<code>.js`, from beside itself the first time an element
 * speaks that language, and nothing more on an English page.
 */
import { expect } from '@open-wc/testing';
import { expectClean, kitScripts, openFixturePage } from '../hardening/helpers.js';

const ENGLISH = ['How likely', 'Not likely', 'Very likely', 'At risk', 'Submit'];

describe('the one-file CDN bundle in the page’s language', function () {
  this.timeout(40000);

  it('is one file on an English page: no language file is fetched', async () => {
    const result = await openFixturePage('bundle-en.html');
    expectClean(result);
    expect(kitScripts(result)).to.deep.equal(['/dist/cdn/advocacy-kit.js']);
    expect(result.texts[0]).to.include('How likely are you to recommend advocacy-kit to a friend or colleague?');
    expect(result.texts[1]).to.include('At risk');
  });

  it('speaks German from its first render on a <html lang="de"> page, with Object.prototype polluted and one string overridden by the host', async () => {
    const result = await openFixturePage('bundle-de.html');
    expectClean(result);
    expect(kitScripts(result)).to.deep.equal(['/dist/cdn/advocacy-kit.js', '/dist/cdn/advocacy-kit.de.js']);
    const [survey, badge] = result.texts;
    expect(survey).to.include('Wie wahrscheinlich ist es, dass Sie advocacy-kit einem Freund oder Kollegen empfehlen?');
    // The host's own wording, registered before the German strings arrived, stays.
    expect(survey).to.include('Eher nicht');
    expect(survey).not.to.include('Unwahrscheinlich');
    expect(badge).to.include('Gefährdet');
    // From the first render: the bundle awaits the page's language before it defines its elements.
    expect(result.firstTexts[0]).to.include('Wie wahrscheinlich ist es');
    expect(result.firstTexts[1]).to.include('Gefährdet');
    for (const text of result.texts) {
      for (const english of ENGLISH) expect(text).not.to.include(english);
      expect(text).not.to.include('POLLUTED');
    }
  });

  it('follows a runtime change of <html lang> from English to French', async () => {
    const result = await openFixturePage('bundle-lang-switch.html');
    expectClean(result);
    expect(result.before).to.include('How likely are you to recommend advocacy-kit');
    expect(kitScripts(result)).to.deep.equal(['/dist/cdn/advocacy-kit.js', '/dist/cdn/advocacy-kit.fr.js']);
    expect(result.texts[0]).to.include('Quelle est la probabilité que vous recommandiez advocacy-kit à un ami ou à un collègue ?');
    expect(result.texts[0]).to.include('Peu probable');
    for (const english of ENGLISH) expect(result.texts[0]).not.to.include(english);
  });

  it('speaks Arabic right to left in a lang="ar" dir="rtl" section, and English outside it', async () => {
    const result = await openFixturePage('bundle-ar.html');
    expectClean(result);
    expect(kitScripts(result)).to.deep.equal(['/dist/cdn/advocacy-kit.js', '/dist/cdn/advocacy-kit.ar.js']);
    const [survey, badge, english] = result.texts;
    expect(survey).to.include('ما مدى احتمال أن توصي بـ');
    expect(survey).to.include('غير محتمل');
    expect(badge).to.include('معرّض للخطر');
    for (const text of [survey, badge]) for (const word of ENGLISH) expect(text).not.to.include(word);
    expect(result.dirs).to.deep.equal(['rtl', 'rtl', 'ltr']);
    expect(result.firstTexts[0]).to.include('ما مدى احتمال أن توصي بـ');
    expect(english).to.include('How likely are you to recommend advocacy-kit to a friend or colleague?');
  });

  it('loads its language from beside itself when another origin serves it, as a CDN would', async () => {
    const result = await openFixturePage('/test/fixtures/bundle-cross-origin.html');
    expectClean(result);
    const page = new URL(location.href);
    const scripts = result.resources.map((r) => new URL(r.name)).filter((url) => url.pathname.startsWith('/dist/'));
    const other = scripts.map((url) => url.host);
    expect(other.every((host) => host !== page.host), other.join()).to.equal(true);
    expect(scripts.map((url) => url.pathname)).to.deep.equal(['/dist/cdn/advocacy-kit.js', '/dist/cdn/advocacy-kit.de.js']);
    expect(result.texts[0]).to.include('Wie wahrscheinlich ist es, dass Sie advocacy-kit einem Freund oder Kollegen empfehlen?');
  });
});
