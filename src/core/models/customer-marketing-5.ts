import { customerMarketing5Scale, customerMarketing5Segments } from './facts.js';
import type { AssessmentModel } from './schema.js';

/** Seed 000: the five-dimension customer-marketing maturity assessment, transcribed verbatim. */
export const customerMarketing5: AssessmentModel = {
  id: 'customer-marketing-5',
  title: 'Customer Marketing Maturity Assessment',
  version: '1.0.0',
  description: "This assessment evaluates the maturity of a company's customer marketing and advocacy program across five dimensions: expansion and upsell marketing, customer reference and evidence, community and advocacy, voice of customer (NPS/CSAT), and customer lifecycle communications. Use this when NRR is below target, sales cannot find references, or evaluating whether customer marketing deserves a dedicated function.",
  scale: customerMarketing5Scale,
  dimensions: [
    {
      id: 'expansion',
      title: 'Expansion and upsell marketing',
      measures: 'How effectively marketing supports expansion revenue through upsell, cross-sell, and upgrade campaigns.',
      levels: [
        {
          score: 1,
          label: 'Ad hoc',
          description: 'No marketing involvement in expansion; purely CS/sales-driven',
          evidence: ['Marketing focuses only on new logos', 'no customer campaigns'],
        },
        {
          score: 2,
          label: 'Emerging',
          description: 'Occasional expansion campaigns; not systematic; no attribution',
          evidence: ['Ad hoc product emails', 'no structured upsell program'],
        },
        {
          score: 3,
          label: 'Defined',
          description: 'Structured campaigns by usage data; 10-20% expansion revenue influenced',
          evidence: ['Usage-triggered upgrade campaigns', 'product adoption content'],
        },
        {
          score: 4,
          label: 'Managed',
          description: '20-40% of expansion pipeline from marketing; in-app + email coordinated',
          evidence: ['Behavioral triggers', 'cross-sell playbooks', 'expansion attributed'],
        },
        {
          score: 5,
          label: 'Optimized',
          description: 'AI-driven expansion; 40%+ of expansion pipeline from marketing',
          evidence: ['ML predicts expansion timing', 'dynamic upgrade paths'],
        },
      ],
      redFlags: [
        'Marketing has zero expansion attribution',
        'no customer-targeted campaigns exist',
        'product usage data unused.',
      ],
    },
    {
      id: 'reference',
      title: 'Customer reference and evidence',
      measures: 'Maturity of reference program, case study library, and social proof assets.',
      levels: [
        {
          score: 1,
          label: 'Ad hoc',
          description: 'No case studies; no reference customers; sales finds refs ad hoc',
          evidence: ['No case study library', 'no testimonials', 'no G2 strategy'],
        },
        {
          score: 2,
          label: 'Emerging',
          description: 'Few outdated case studies; informal "friendlies" list; unmanaged reviews',
          evidence: ['3-5 old case studies', 'some G2 reviews but not systematically collected'],
        },
        {
          score: 3,
          label: 'Defined',
          description: '4-8 case studies/year; 20+ reference volunteers; quarterly review campaigns',
          evidence: ['Reference database', 'annual case study refresh', 'formal request process'],
        },
        {
          score: 4,
          label: 'Managed',
          description: '50+ references segmented; usage tracking prevents fatigue; video testimonials',
          evidence: ['Reference matching system', 'ROI-focused case studies', '10+ videos'],
        },
        {
          score: 5,
          label: 'Optimized',
          description: 'Self-service reference matching; advocacy platform; 15-25% deal influence',
          evidence: ['References linked to deal influence', 'always-on review generation'],
        },
      ],
      redFlags: ['Fewer than 3 current case studies', 'no identified references', 'no G2/Capterra presence.'],
    },
    {
      id: 'community',
      title: 'Community and advocacy',
      measures: 'Whether the company has built engaged advocates who promote the brand.',
      levels: [
        {
          score: 1,
          label: 'Ad hoc',
          description: 'No community; no advocacy program; engagement ends at onboarding',
          evidence: ['No community platform', 'no customer events', 'no user group'],
        },
        {
          score: 2,
          label: 'Emerging',
          description: 'Basic community with low engagement; annual event; no advocacy program',
          evidence: ['<10% customer participation', 'user conference is product-demo focused'],
        },
        {
          score: 3,
          label: 'Defined',
          description: 'Active community; quarterly CAB; advocacy program with tiers and rewards',
          evidence: ['20%+ engagement', 'CAB provides product input', 'participation tracked'],
        },
        {
          score: 4,
          label: 'Managed',
          description: 'Community reduces support tickets 15-25%; referrals tracked; ambassador program',
          evidence: ['Advocacy referrals in CRM', 'ambassador benefits structured'],
        },
        {
          score: 5,
          label: 'Optimized',
          description: 'Self-sustaining community; advocacy drives 10-20% new pipeline',
          evidence: ['Community NPS >70', 'customer content library', 'advocates speak at events'],
        },
      ],
      redFlags: ['No community', 'no CAB', 'no referral program', 'customer events are pure product demos.'],
    },
    {
      id: 'voc',
      title: 'Voice of customer (NPS/CSAT)',
      measures: 'How systematically feedback is collected, analyzed, and acted upon.',
      levels: [
        {
          score: 1,
          label: 'Ad hoc',
          description: 'No systematic feedback; NPS/CSAT not measured; ad hoc only',
          evidence: ['No NPS program', 'customer sentiment unknown'],
        },
        {
          score: 2,
          label: 'Emerging',
          description: 'Annual NPS survey; results shared but not acted upon; <20% response rate',
          evidence: ['Annual survey', 'no detractor follow-up', 'results shared in one meeting'],
        },
        {
          score: 3,
          label: 'Defined',
          description: 'Quarterly NPS with 30%+ response; closed-loop detractor process; segmented results',
          evidence: ['Detractor follow-up within 48 hours', 'trends tracked', 'shared cross-functionally'],
        },
        {
          score: 4,
          label: 'Managed',
          description: 'Continuous/transactional NPS; real-time dashboards; promoters activated for advocacy',
          evidence: ['In-journey NPS at milestones', 'promoters auto-invited to programs'],
        },
        {
          score: 5,
          label: 'Optimized',
          description: 'Predictive satisfaction from usage data; NPS integrated with revenue data',
          evidence: ['AI predicts satisfaction', 'health score combines NPS + usage + support'],
        },
      ],
      redFlags: [
        'NPS not measured',
        'no detractor follow-up',
        'response rate below 15%',
        'survey less than annually.',
      ],
    },
    {
      id: 'lifecycle',
      title: 'Customer lifecycle communications',
      measures: 'How effectively marketing communicates with customers throughout their lifecycle.',
      levels: [
        {
          score: 1,
          label: 'Ad hoc',
          description: 'No structured post-sale communications; customers only hear from CS/support',
          evidence: ['No customer newsletter', 'no onboarding emails from marketing'],
        },
        {
          score: 2,
          label: 'Emerging',
          description: 'Basic monthly newsletter; product updates; not segmented',
          evidence: ['Generic newsletter', 'same content regardless of plan/usage'],
        },
        {
          score: 3,
          label: 'Defined',
          description: 'Segmented by lifecycle stage; product education library; renewal nurture',
          evidence: ['Onboarding series', 'product tips by adoption', 'renewal reminders 90 days out'],
        },
        {
          score: 4,
          label: 'Managed',
          description: 'Personalized communications triggered by usage; in-app + email coordinated',
          evidence: ['Behavioral triggers', 'customer academy', 'health-score-based outreach'],
        },
        {
          score: 5,
          label: 'Optimized',
          description: 'AI-personalized journeys; predictive churn prevention; omnichannel orchestration',
          evidence: ['AI determines next-best-action', 'churn prevention triggers proactively'],
        },
      ],
      redFlags: [
        'No marketing communications to existing customers',
        'no onboarding series',
        'customers only hear at invoice time.',
      ],
    },
  ],
  bands: [
    {
      id: 'critical',
      label: 'Critical',
      min: 1,
      max: 1.9,
      interpretation: 'Customer marketing nonexistent; growth is 100% new-logo dependent',
      nextStep: 'Start NPS program; basic customer newsletter; identify 10 references',
    },
    {
      id: 'developing',
      label: 'Developing',
      min: 2,
      max: 2.9,
      interpretation: 'Basic customer marketing exists but reactive and fragmented',
      nextStep: 'Build reference program; launch advocacy; quarterly NPS with closed-loop',
    },
    {
      id: 'competent',
      label: 'Competent',
      min: 3,
      max: 3.9,
      interpretation: 'Structured function driving measurable value; ready to scale',
      nextStep: 'Expand automation; build community; integrate advocacy with sales',
    },
    {
      id: 'advanced',
      label: 'Advanced',
      min: 4,
      max: 4.5,
      interpretation: 'Primary driver of NRR and pipeline contribution',
      nextStep: 'AI-driven expansion; self-sustaining community; predictive satisfaction',
    },
    {
      id: 'best-in-class',
      label: 'Best-in-class',
      min: 4.6,
      max: 5,
      interpretation: 'Fully integrated; advocacy drives significant pipeline',
      nextStep: 'Community-led growth; customer co-creation; market-facing advocacy',
    },
  ],
  segments: customerMarketing5Segments,
};
