/**
 * English strings of nps-survey: the default, bundled with the element so it ships only its own words. The advocacy
 * invitation's are in ./nps-survey-advocacy.ts, loaded with it.
 */
const strings = {
  'nps.question': (product: string) => `How likely are you to recommend ${product} to a friend or colleague?`,
  'nps.questionUs': 'How likely are you to recommend us to a friend or colleague?',
  'nps.us': 'us',
  'nps.valueMissing': 'Please choose a score from 0 to 10.',
  'nps.notLikely': 'Not likely',
  'nps.veryLikely': 'Very likely',
  'nps.prompt.promoter': 'What do you like most?',
  'nps.prompt.passive': 'What would make it a 10?',
  'nps.prompt.detractor': 'What disappointed you?',
  'nps.optional': '(optional)',
  'nps.followUp': 'Someone from our team will follow up with you.',
  'nps.submit': 'Submit',
  'nps.thanks': 'Thank you for your feedback!',
  'nps.dismiss': 'Dismiss survey',
  'nps.dismissed': 'Survey dismissed.',
  'nps.error.value': (got: string) => `The score ${got} is not a whole number from 0 to 10.`,
};

export default strings;
