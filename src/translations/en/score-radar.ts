/** English strings of score-radar: the default, bundled with the element so it ships only its own words. */
const strings = {
  'radar.yourScore': 'Your score',
  'radar.series': (n: string) => `Series ${n}`,
  'radar.cannotDraw': 'The radar chart cannot be drawn:',
  'radar.problems': (n: string) => `${n} problems with its data.`,
  'radar.noData': 'No data to chart yet.',
  'radar.summary': (axes: string, series: string, min: string, max: string) =>
    `Radar chart of ${axes} dimensions, ${series} series${series === '0' ? '' : `, scale ${min} to ${max}`}. Table follows.`,
  'radar.point': (series: string, axis: string, value: string) => `${series} — ${axis}: ${value}`,
  'radar.caption': 'Scores by dimension',
  'radar.dimension': 'Dimension',
  'radar.noValue': 'no value',
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
