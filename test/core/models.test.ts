import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  builtInModels,
  getModel,
  modelJsonSchema,
  modelLimits,
  ModelError,
  parseModel,
  safeParseModel,
  type AssessmentModel,
} from '../../src/core/index.js';
import { getModelFacts } from '../../src/core/models/facts.js';
import { largestModel } from '../fixtures/largest-model.js';

const cm5 = builtInModels['customer-marketing-5'];
const cma11 = builtInModels['cma-advocacy-11'];

/** A mutable deep copy, so a test can break one field of a valid model. */
const copy = (m: AssessmentModel): AssessmentModel => JSON.parse(JSON.stringify(m)) as AssessmentModel;

function issuesOf(input: unknown) {
  const r = safeParseModel(input);
  expect(r.success, 'expected the model to be rejected').to.equal(false);
  return r.success ? [] : r.error.issues;
}

describe('built-in models', () => {
  it('both pass parseModel and are returned by getModel', () => {
    expect(parseModel(cm5).id).to.equal('customer-marketing-5');
    expect(parseModel(cma11).id).to.equal('cma-advocacy-11');
    expect(getModel('customer-marketing-5')).to.equal(cm5);
    expect(getModel('cma-advocacy-11')).to.equal(cma11);
    expect(getModel('nope')).to.equal(undefined);
    expect(getModel('toString')).to.equal(undefined);
  });

  it('are frozen so one host cannot change them for every element', () => {
    expect(Object.isFrozen(cm5.dimensions[0].levels[0].evidence)).to.equal(true);
    expect(() => {
      (cm5.bands[0] as { label: string }).label = 'x';
    }).to.throw();
  });

  it('customer-marketing-5 transcribes seed 000: 5 dimensions × 5 levels, 5 bands, 4 segments', () => {
    expect(cm5.scale).to.deep.equal({ min: 1, max: 5, labels: ['Ad hoc', 'Emerging', 'Defined', 'Managed', 'Optimized'] });
    expect(cm5.dimensions.map((d) => d.id)).to.deep.equal(['expansion', 'reference', 'community', 'voc', 'lifecycle']);
    expect(cm5.dimensions.map((d) => d.title)).to.deep.equal([
      'Expansion and upsell marketing',
      'Customer reference and evidence',
      'Community and advocacy',
      'Voice of customer (NPS/CSAT)',
      'Customer lifecycle communications',
    ]);
    for (const d of cm5.dimensions) {
      expect(d.levels.map((l) => l.score)).to.deep.equal([1, 2, 3, 4, 5]);
      expect(d.levels.map((l) => l.label)).to.deep.equal(cm5.scale.labels);
    }
    const voc = cm5.dimensions[3];
    expect(voc.measures).to.equal('How systematically feedback is collected, analyzed, and acted upon.');
    expect(voc.levels[2].description).to.equal(
      'Quarterly NPS with 30%+ response; closed-loop detractor process; segmented results',
    );
    expect(voc.levels[2].evidence).to.deep.equal([
      'Detractor follow-up within 48 hours',
      'trends tracked',
      'shared cross-functionally',
    ]);
    expect(voc.redFlags).to.deep.equal([
      'NPS not measured',
      'no detractor follow-up',
      'response rate below 15%',
      'survey less than annually.',
    ]);
    expect(cm5.dimensions[1].levels[1].description).to.equal(
      'Few outdated case studies; informal "friendlies" list; unmanaged reviews',
    );
    expect(cm5.dimensions[4].levels[4].evidence).to.deep.equal([
      'AI determines next-best-action',
      'churn prevention triggers proactively',
    ]);
    expect(cm5.dimensions.every((d) => d.redFlags.every((f) => !/\[src\d+\]/.test(f)))).to.equal(true);
  });

  it('customer-marketing-5 has the seed bands and segment benchmarks', () => {
    expect(cm5.bands.map((b) => [b.label, b.min, b.max])).to.deep.equal([
      ['Critical', 1, 1.9],
      ['Developing', 2, 2.9],
      ['Competent', 3, 3.9],
      ['Advanced', 4, 4.5],
      ['Best-in-class', 4.6, 5],
    ]);
    expect(cm5.bands[2].nextStep).to.equal('Expand automation; build community; integrate advocacy with sales');
    expect(cm5.bands[0].interpretation).to.equal('Customer marketing nonexistent; growth is 100% new-logo dependent');
    expect(cm5.segments!.map((s) => [s.id, s.expected, s.good, s.alarm])).to.deep.equal([
      ['startup', 1.4, 2.0, 1.0],
      ['growth', 2.3, 3.0, 1.6],
      ['scale', 3.2, 3.8, 2.3],
      ['enterprise', 3.6, 4.2, 2.8],
    ]);
    expect(cm5.segments![0].label).to.equal('Startup (<$5M ARR)');
  });

  it('cma-advocacy-11 transcribes seed 001: 11 dimensions × 4 levels, every bullet once', () => {
    expect(cma11.scale).to.deep.equal({ min: 1, max: 4, labels: ['Undeveloped', 'Emerging', 'Focused', 'Advanced'] });
    expect(cma11.dimensions.map((d) => d.id)).to.deep.equal([
      'program-vision',
      'program-metrics',
      'horizontal-integration',
      'content-strategy',
      'field-relationships',
      'managing-upward',
      'advocate-relationships',
      'information-systems',
      'program-promotion',
      'outside-expertise',
      'program-organization',
    ]);
    for (const d of cma11.dimensions) {
      expect(d.levels.map((l) => l.score)).to.deep.equal([1, 2, 3, 4]);
      expect(d.redFlags).to.deep.equal([]);
    }
    const bullets = cma11.dimensions.flatMap((d) => d.levels.flatMap((l) => [l.description, ...l.evidence]));
    expect(bullets.length).to.equal(206);
    expect(cma11.segments ?? []).to.deep.equal([]);
  });

  it('cma-advocacy-11 assigns the heading-less groups to the right dimension and level', () => {
    const byId = (id: string) => cma11.dimensions.find((d) => d.id === id)!;
    expect(byId('program-vision').levels[0].description).to.equal('We have siloed advocate/reference functions, not a formal program');
    expect(byId('program-metrics').levels[0].description).to.equal(
      'The main goal is centralizing advocate information and content',
    );
    expect(byId('program-metrics').levels[3].evidence.at(-1)).to.equal('Dashboards and actionable reports are available on-demand');
    expect(byId('content-strategy').levels[0].description).to.equal('Reactive to demand from Sales or Demand Gen');
    expect(byId('managing-upward').levels[3].evidence.at(-1)).to.equal('Managing upward is an intentional, ongoing practice');
    expect(byId('information-systems').levels[1].description).to.equal(
      'Single, standalone or homegrown database used to store basic advocate information',
    );
    expect(byId('outside-expertise').levels[0].evidence).to.have.length(2);
    const org = byId('program-organization');
    expect(org.levels[3].evidence.at(-1)).to.equal('Team fully aligned, skilled, and empowered to drive advocacy excellence');
    expect(org.measures).to.match(/^Program organization defines how advocacy is staffed/);
  });

  it('cma-advocacy-11 bands tile 1.0–4.0 by nearest level', () => {
    expect(cma11.bands.map((b) => [b.label, b.min, b.max])).to.deep.equal([
      ['Undeveloped', 1, 1.4],
      ['Emerging', 1.5, 2.4],
      ['Focused', 2.5, 3.4],
      ['Advanced', 3.5, 4],
    ]);
    expect(cma11.bands.every((b) => b.interpretation.length > 0 && b.nextStep.length > 0)).to.equal(true);
  });

  it('labels the bands of cma-advocacy-11 as derived (seed 001 has none) and those of customer-marketing-5 as sourced', () => {
    expect(cma11.bandsNote).to.match(/^Bands derived from the four stages/);
    expect(cm5.bandsNote).to.equal(undefined);
  });
});

describe('parseModel / safeParseModel', () => {
  it('reports missing fields with bracketed paths and "required"', () => {
    const m = copy(cm5) as unknown as { dimensions: { levels: Record<string, unknown>[] }[] };
    delete m.dimensions[2].levels[4].label;
    const issues = issuesOf(m);
    expect(issues).to.deep.include({ path: 'dimensions[2].levels[4].label', message: 'required', code: 'required', params: {} });
  });

  it('throws a ModelError whose message lists the issues', () => {
    const m = copy(cm5) as unknown as Record<string, unknown>;
    delete m.title;
    let error: unknown;
    try {
      parseModel(m);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ModelError).and.instanceOf(Error);
    expect((error as ModelError).issues).to.deep.equal([{ path: 'title', message: 'required', code: 'required', params: {} }]);
    expect((error as ModelError).message).to.contain('title: required');
  });

  it('gives every issue a stable code and its figures beside the English message, which an interface can translate', () => {
    type Loose = Record<string, unknown> & { scale: Record<string, unknown>; dimensions: Record<string, unknown>[]; bands: Record<string, unknown>[] };
    const m = copy(cm5) as unknown as Loose;
    m.title = '';
    m.version = 'v'.repeat(modelLimits.id + 1);
    m.scale.min = 1.5;
    m.dimensions[0].levels = 'none';
    m.dimensions[1].weight = 0;
    m.dimensions[2].redFlags = Array.from({ length: modelLimits.listItems + 1 }, () => 'x');
    delete m.dimensions[3].measures;
    const byPath = Object.fromEntries(issuesOf(m).map((i) => [i.path, { code: i.code, params: { ...i.params }, message: i.message }]));
    expect(byPath).to.deep.include({
      title: { code: 'empty', params: {}, message: 'must not be empty' },
      version: { code: 'too-long', params: { maximum: modelLimits.id }, message: `is longer than ${modelLimits.id} characters` },
      'scale.min': { code: 'expected-integer', params: { expected: 'int' }, message: 'expected a whole number' },
      'dimensions[0].levels': { code: 'expected-array', params: { expected: 'array' }, message: 'expected an array' },
      'dimensions[1].weight': { code: 'greater-than', params: { minimum: 0 }, message: 'must be greater than 0' },
      'dimensions[2].redFlags': { code: 'too-many-items', params: { maximum: modelLimits.listItems }, message: `has more than ${modelLimits.listItems} items` },
      'dimensions[3].measures': { code: 'required', params: {}, message: 'required' },
    });

    const bands = copy(cm5);
    bands.bands[1].min = 2.4;
    bands.segments![0].alarm = 9;
    const cross = issuesOf(bands).map((i) => ({ path: i.path, code: i.code, params: { ...i.params } }));
    expect(cross).to.deep.include({ path: 'bands[1].min', code: 'band-gap', params: { value: bands.bands[0].max + 0.1 } });
    expect(cross).to.deep.include({ path: 'segments[0].alarm', code: 'off-scale', params: { min: 1, max: 5 } });

    const throwing = { get id(): string {
      throw new Error('no');
    } };
    expect(issuesOf(throwing)).to.deep.equal([{ path: '', code: 'unreadable', params: {}, message: 'could not be read (a property threw while being accessed)' }]);
  });

  it('rejects wrong types and empty ids', () => {
    const m = copy(cm5) as unknown as { scale: { min: unknown }; dimensions: { id: string }[] };
    m.scale.min = '1';
    m.dimensions[0].id = '';
    const issues = issuesOf(m);
    expect(issues.map((i) => i.path)).to.include.members(['scale.min', 'dimensions[0].id']);
  });

  it('requires level scores to cover the scale exactly once', () => {
    const m = copy(cm5);
    m.dimensions[1].levels[3].score = 3;
    const issues = issuesOf(m);
    expect(issues).to.deep.include({ path: 'dimensions[1].levels[3].score', message: 'duplicate score 3', code: 'duplicate-score', params: { score: 3 } });
    expect(issues).to.deep.include({ path: 'dimensions[1].levels', message: 'missing a level for score 4', code: 'missing-level', params: { score: 4 } });
    const off = copy(cm5);
    off.dimensions[0].levels[4].score = 6;
    expect(issuesOf(off).map((i) => i.path)).to.include('dimensions[0].levels[4].score');
  });

  it('requires bands to tile the scale without gaps or overlaps', () => {
    const gap = copy(cm5);
    gap.bands[2].min = 3.1;
    expect(issuesOf(gap).map((i) => i.path)).to.deep.equal(['bands[2].min']);
    const overlap = copy(cm5);
    overlap.bands[1].max = 3.0;
    expect(issuesOf(overlap).map((i) => i.path)).to.deep.equal(['bands[2].min']);
    const short = copy(cm5);
    short.bands[4].max = 4.9;
    expect(issuesOf(short).map((i) => i.path)).to.deep.equal(['bands[4].max']);
    const fine = copy(cm5);
    fine.bands[0].max = 1.95;
    expect(issuesOf(fine).map((i) => i.path)).to.include('bands[0].max');
  });

  it('requires segment thresholds on the scale with alarm ≤ expected ≤ good', () => {
    const m = copy(cm5);
    m.segments![0].alarm = 1.5;
    m.segments![1].good = 2.0;
    m.segments![2].good = 6;
    const paths = issuesOf(m).map((i) => i.path);
    expect(paths).to.include.members(['segments[0].alarm', 'segments[1].good', 'segments[2].good']);
  });

  it('requires unique ids and positive weights', () => {
    const m = copy(cm5);
    m.dimensions[4].id = 'expansion';
    m.bands[1].id = 'critical';
    m.segments![3].id = 'startup';
    m.dimensions[0].weight = 0;
    const issues = issuesOf(m);
    expect(issues.map((i) => i.path)).to.include.members(['dimensions[0].weight']);
    const dupes = copy(cm5);
    dupes.dimensions[4].id = 'expansion';
    dupes.bands[1].id = 'critical';
    dupes.segments![3].id = 'startup';
    expect(issuesOf(dupes).map((i) => i.path)).to.deep.equal(['dimensions[4].id', 'bands[1].id', 'segments[3].id']);
  });

  it('accepts an optional bandsNote text and rejects one that is not a string or too long', () => {
    const noted = copy(cm5);
    noted.bandsNote = 'Bands derived from our own survey';
    expect(parseModel(noted).bandsNote).to.equal('Bands derived from our own survey');
    expect(issuesOf({ ...copy(cm5), bandsNote: 3 }).map((i) => i.path)).to.deep.equal(['bandsNote']);
    expect(issuesOf({ ...copy(cm5), bandsNote: 'x'.repeat(modelLimits.text + 1) }).map((i) => i.path)).to.deep.equal(['bandsNote']);
  });

  it('requires one scale label per point', () => {
    const m = copy(cm5);
    m.scale.labels.pop();
    expect(issuesOf(m)).to.deep.include({ path: 'scale.labels', message: 'needs one label per scale point (5)', code: 'label-per-point', params: { count: 5 } });
  });

  it('accepts positive weights and returns a copy, not the input', () => {
    const m = copy(cm5);
    m.dimensions[0].weight = 2.5;
    const parsed = parseModel(m);
    expect(parsed.dimensions[0].weight).to.equal(2.5);
    expect(parsed).to.not.equal(m);
  });

  it('never throws: cycles, throwing getters, proxies, huge arrays and strings', () => {
    const cyclic: Record<string, unknown> = { id: 'c' };
    cyclic.scale = cyclic;
    cyclic.dimensions = [cyclic, cyclic];
    expect(safeParseModel(cyclic).success).to.equal(false);

    const getter = copy(cm5) as unknown as Record<string, unknown>;
    Object.defineProperty(getter, 'bands', {
      get() {
        throw new Error('boom');
      },
    });
    const r = safeParseModel(getter);
    expect(r.success).to.equal(false);

    const trap = new Proxy({}, { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } });
    expect(safeParseModel(trap).success).to.equal(false);

    // Linear work is fine; the bound only catches per-element or quadratic blow-ups on a loaded machine.
    const huge = { ...copy(cm5), dimensions: new Array(1_000_000).fill({}), title: 'x'.repeat(200_000) };
    const started = performance.now();
    const issues = issuesOf(huge);
    expect(performance.now() - started).to.be.lessThan(3000);
    expect(issues.map((i) => i.path)).to.include.members(['dimensions', 'title']);
  });

  it('property: any junk is rejected without throwing', () => {
    fc.assert(
      fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true }), (junk) => {
        const r = safeParseModel(junk);
        return r.success === false && r.error instanceof ModelError && r.error.issues.length > 0;
      }),
      { numRuns: 300 },
    );
  });

  it('property: a valid model with one field replaced by junk is rejected or still valid, never throws', () => {
    const keys = ['id', 'title', 'version', 'scale', 'dimensions', 'bands', 'segments'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything(), (key, junk) => {
        const m = { ...copy(cm5), [key]: junk };
        const r = safeParseModel(m);
        return r.success ? parseModel(m).dimensions.length === 5 : r.error.issues.length > 0;
      }),
      { numRuns: 200 },
    );
  });
});

describe('modelJsonSchema', () => {
  it('is a draft 2020-12 schema describing the model', () => {
    const s = modelJsonSchema() as {
      $schema: string;
      type: string;
      required: string[];
      properties: Record<string, unknown>;
      $defs: Record<string, { required: string[] }>;
    };
    expect(s.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(s.type).to.equal('object');
    expect(s.required).to.deep.equal(['id', 'title', 'version', 'scale', 'dimensions', 'bands']);
    expect(Object.keys(s.properties)).to.include.members(['segments', 'description', 'bandsNote']);
    expect(s.properties.bandsNote).to.include({ type: 'string', maxLength: modelLimits.text });
    expect(s.$defs.level.required).to.deep.equal(['score', 'label', 'description', 'evidence']);
    expect(s.$defs.dimension.required).to.include('redFlags');
    expect(modelJsonSchema()).to.not.equal(s);
    expect(JSON.parse(JSON.stringify(s))).to.deep.equal(s);
  });
});

describe('getModelFacts', () => {
  it("gives each built-in model's own scale and segments, and nothing for other ids", () => {
    for (const [id, model] of Object.entries(builtInModels)) {
      const facts = getModelFacts(id)!;
      expect(facts.id).to.equal(id);
      expect(facts.scale).to.equal(model.scale);
      // A model without segments has an empty list of its own: nothing inherited from Object.prototype passes for one.
      if (model.segments) expect(facts.segments).to.equal(model.segments);
      else expect(Object.hasOwn(facts, 'segments') && facts.segments).to.deep.equal([]);
    }
    expect(getModelFacts('toString')).to.equal(undefined);
    expect(getModelFacts('customer-marketing-6')).to.equal(undefined);
  });
});

describe('parseModel: reserved ids and documented limits (hardening)', () => {
  it('rejects a dimension, band or segment id that every object already answers to', () => {
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      // JSON.parse makes "__proto__" an own property, as a model fetched from a CMS would have it.
      const m = JSON.parse(JSON.stringify(copy(cm5)).replace('"id":"expansion"', `"id":${JSON.stringify(id)}`)) as AssessmentModel;
      expect(m.dimensions[0].id).to.equal(id);
      expect(issuesOf(m), id).to.deep.include({
        path: 'dimensions[0].id',
        message: `"${id}" is a reserved name (it belongs to every JavaScript object); choose another id`,
        code: 'reserved-id',
        params: { id },
      });
    }
    const band = copy(cm5);
    band.bands[0].id = 'valueOf';
    expect(issuesOf(band).map((i) => i.path)).to.deep.equal(['bands[0].id']);
  });

  it('accepts a model at every limit and rejects one past each', () => {
    const { dimensions, scalePoints, listItems, label, text, bands } = modelLimits;
    const atLimit = largestModel();
    const parsed = safeParseModel(atLimit);
    expect(parsed.success, parsed.success ? '' : parsed.error.message).to.equal(true);
    const past: [string, (m: AssessmentModel) => void][] = [
      ['dimensions', (m) => m.dimensions.push({ ...m.dimensions[0], id: 'one-more' })],
      ['dimensions[0].levels[0].evidence', (m) => m.dimensions[0].levels[0].evidence.push('x')],
      ['dimensions[0].redFlags', (m) => m.dimensions[0].redFlags.push('x')],
      ['dimensions[0].title', (m) => (m.dimensions[0].title = 'x'.repeat(label + 1))],
      ['dimensions[0].levels[0].description', (m) => (m.dimensions[0].levels[0].description = 'x'.repeat(text + 1))],
      ['scale.labels', (m) => (m.scale = { min: 0, max: scalePoints, labels: Array.from({ length: scalePoints + 1 }, (_, i) => `L${i}`) })],
      ['bands', (m) => m.bands.push({ ...m.bands[0], id: 'extra' })],
    ];
    expect(atLimit.dimensions).to.have.length(dimensions);
    expect(atLimit.bands).to.have.length(bands);
    expect(atLimit.dimensions[0].levels[0].evidence).to.have.length(listItems);
    for (const [path, breakIt] of past) {
      const m = structuredClone(atLimit);
      breakIt(m);
      expect(issuesOf(m).map((i) => i.path), path).to.include(path);
    }
  });
});
