/** English strings of the scale and model problems score-radar and benchmark-gauge share: the default, bundled with the element so it ships only its own words. */
const strings = {
  // Shared scale and model problems (score-radar, benchmark-gauge).
  'scale.minNaN': 'min is not a number.',
  'scale.maxNaN': 'max is not a number.',
  'scale.order': (max: string, min: string) => `max (${max}) must be greater than min (${min}).`,
  'model.unknown': (id: string) => `Unknown model "${id}".`,
  'model.notLoaded': (id: string) => `The figures of model "${id}" could not be loaded.`,
};

export default strings;
