/**
 * English words of the problems benchmark-gauge and score-radar report: the default, in a module of its own that a
 * chart loads the first time it has a problem to show (src/internal/error-box.ts).
 */
const strings = {
  'scale.minNaN': 'min is not a number.',
  'scale.maxNaN': 'max is not a number.',
  'scale.order': (max: string, min: string) => `max (${max}) must be greater than min (${min}).`,
  'model.unknown': (id: string) => `Unknown model "${id}".`,
  'model.notLoaded': (id: string) => `The figures of model "${id}" could not be loaded.`,
  'gauge.error.modelId': 'model must be a model id.',
  'gauge.error.segmentId': 'segment must be a segment id.',
  'gauge.error.segmentNeedsModel': (segment: string) => `Segment "${segment}" needs a model to look its thresholds up.`,
  'gauge.error.noSegment': (model: string, segment: string, known: string) =>
    `Model "${model}" has no segment "${segment}" (segments: ${known || 'none'}).`,
  'gauge.error.together': (missing: string[]) =>
    `alarm, expected and good go together; ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} missing.`,
  'gauge.error.notNumber': (name: string) => `${name} is not a number.`,
  'gauge.error.outside': (name: string, value: string, min: string, max: string) => `${name} (${value}) is outside the scale ${min}–${max}.`,
  'gauge.error.rise': (alarm: string, expected: string, good: string) =>
    `Thresholds must rise: alarm (${alarm}) ≤ expected (${expected}) ≤ good (${good}).`,
  'radar.error.unreadable': 'The axes or series could not be read (a property threw while being accessed).',
  'radar.error.noScale': 'The model has no scale with numeric min and max.',
  'radar.error.levels': 'levels must be a whole number from 2 to 51.',
  'radar.error.noDimensions': 'The result has no list of dimensions.',
  'radar.error.dimensionIds': 'Every dimension of the result needs an id.',
  'radar.error.axesList': 'axes must be a list of { id, label }.',
  'radar.error.axisNoId': (n: string) => `Axis ${n} has no id.`,
  'radar.error.axisTwice': (id: string) => `Axis id "${id}" is used more than once.`,
  'radar.error.fewAxes': (got: string) => `A radar chart needs at least 3 axes; got ${got}.`,
  'radar.error.manyAxes': (most: string, got: string) => `A radar chart draws at most ${most} axes; got ${got}.`,
  'radar.error.seriesList': 'series must be a list of { label, values }.',
  'radar.error.manySeries': (most: string, got: string) => `A radar chart draws at most ${most} series; got ${got}.`,
  'radar.error.seriesNoValues': (n: string) => `Series ${n} has no values.`,
  'radar.error.noValues': (name: string) => `Series "${name}" has no values.`,
  'radar.error.unknownAxis': (name: string, id: string) => `Series "${name}" has a value for unknown axis "${id}".`,
  'radar.error.notNumber': (name: string, id: string) => `Series "${name}": the value for "${id}" is not a number.`,
  'radar.error.outside': (name: string, value: string, id: string, min: string, max: string) =>
    `Series "${name}": ${value} for "${id}" is outside the scale ${min}–${max}.`,
};

export default strings;
