/** English strings of nps-survey: the default, bundled with the element so it ships only its own words. */
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
  'nps.declined': "No problem. We won't ask you again.",
  'nps.submit': 'Submit',
  'nps.invite': 'Would you help other customers hear about your experience?',
  'nps.consent':
    'Tick any you are happy with. You can withdraw at any time, and nothing is shared until someone from our team contacts you.',
  // Seed 004's permission-tier questions, verbatim.
  'nps.tier.reference': 'Will you take a 30-min prospect call?',
  'nps.tier.case-study': 'Will you let us write about your success?',
  'nps.tier.speaking': 'Will you speak at our event?',
  'nps.tier.co-marketing': 'Will you co-author / co-host with us?',
  'nps.tier.community': 'Will you participate in customer Slack / forum?',
  'nps.noThanks': 'No thanks',
  'nps.thanks': 'Thank you for your feedback!',
  'nps.thanksAdvocacy': 'Thank you for offering to help. We will contact you before anything is shared.',
  'nps.dismiss': 'Dismiss survey',
  'nps.dismissed': 'Survey dismissed.',
  'nps.error.value': (got: string) => `The score ${got} is not a whole number from 0 to 10.`,
};

export default strings;
