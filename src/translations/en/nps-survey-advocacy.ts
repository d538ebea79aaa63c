/** English strings of nps-survey's advocacy invitation (advocacy.ts), loaded with it, for a survey with `advocacy`. */
const strings = {
  'nps.declined': "No problem. We won't ask you again.",
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
  'nps.thanksAdvocacy': 'Thank you for offering to help. We will contact you before anything is shared.',
};

export default strings;
