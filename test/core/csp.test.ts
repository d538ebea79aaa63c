import { expect } from '@open-wc/testing';
import { builtInModels, parseModel, safeParseModel } from '../../src/core/index.js';

// Its own file, so this page has parsed nothing before the spy is in place. Classic zod compiles a fast
// path with `new Function` on an object's first parse, which a strict CSP blocks and reports; zod/mini
// run jitless must never do so.
describe('core under a strict CSP', () => {
  it('parses models without ever compiling code', () => {
    const original = globalThis.Function;
    let compiled = 0;
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        compiled++;
        return Reflect.construct(target, args);
      },
      apply(target, thisArg, args) {
        compiled++;
        return Reflect.apply(target, thisArg, args);
      },
    });
    try {
      expect(parseModel(JSON.parse(JSON.stringify(builtInModels['cma-advocacy-11']))).dimensions).to.have.length(11);
      expect(safeParseModel({ id: 'x' }).success).to.equal(false);
    } finally {
      globalThis.Function = original;
    }
    expect(compiled).to.equal(0);
  });
});
