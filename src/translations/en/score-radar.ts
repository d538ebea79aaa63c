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
};

export default strings;
