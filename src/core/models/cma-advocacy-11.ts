import { cmaAdvocacy11Scale } from './facts.js';
import type { AssessmentModel } from './schema.js';

/**
 * Seed 001: the eleven-dimension Customer Marketing & Advocacy maturity model. Each level's first trait
 * bullet is its description and the rest are its evidence, so every bullet appears once, verbatim.
 * The seed defines no overall bands: these are named after the nearest level, and their interpretation
 * and next step are derived from the seed's "How to Use It" section.
 */
export const cmaAdvocacy11: AssessmentModel = {
  id: 'cma-advocacy-11',
  title: 'The Maturity Model for Customer Marketing & Advocacy Programs',
  version: '1.0.0',
  description: "Building or redesigning a Customer Marketing & Advocacy (CMA) program involves many moving parts—and without structure and a plan, it's easy to lose focus and forward momentum. This model outlines four stages of evolution for each program dimension. It helps you pinpoint where your program stands today and clearly describes what the next stage looks like for goal planning.",
  scale: cmaAdvocacy11Scale,
  dimensions: [
    {
      id: 'program-vision',
      title: 'Program Vision',
      measures: "Program vision defines the advocacy program's purpose, shape, and scope—each uniquely tailored to the organization's needs. As maturity grows, the vision evolves from undefined or tactical to strategically aligned. Mature programs articulate clear goals, connect advocacy to measurable business outcomes, and inspire cross-functional commitment.",
      levels: [
        {
          score: 1,
          label: 'Undeveloped',
          description: 'We have siloed advocate/reference functions, not a formal program',
          evidence: [
            'Advocacy management handled ad hoc, possibly in various departments',
            'Some discrete objectives exist (e.g., producing X case studies, sourcing Y event speakers, or ad hoc sales reference assistance)',
          ],
        },
        {
          score: 2,
          label: 'Emerging',
          description: 'There is a designated, but not dedicated advocacy lead',
          evidence: [
            "Scope includes one department's needs: Marketing (stories, event speakers) or Sales (references)",
            'The advocacy resource is not a shared resource across the entire organization',
            'Processes are formalized with scoped departments',
          ],
        },
        {
          score: 3,
          label: 'Focused',
          description: 'Vision is documented, and has leadership endorsement',
          evidence: [
            'The advocacy program has a dedicated leader',
            "Scope includes a majority, if not all, relevant departments' advocacy needs",
            'The program is the company source/owner for all things advocacy',
            'Processes are formalized for a majority of scoped departments',
            'The program coordinates efforts with most relevant departments',
          ],
        },
        {
          score: 4,
          label: 'Advanced',
          description: 'Vision is documented, has leadership endorsement and is broadly communicated',
          evidence: [
            'The advocacy program has a dedicated leader or team',
            'The program systematically consults with relevant departments to maximize advocacy impact',
            "Scope includes all relevant departments' advocacy needs",
            'The program is the company source/owner for all things advocacy',
            'Processes are formalized for all scoped services',
            "The program is strategic, and embedded in the company's culture",
          ],
        },
      ],
      redFlags: [],
    },
    {
      id: 'program-metrics',
      title: 'Program Metrics',
      measures: "Measurement progresses from tactical counts to strategic insights. Mature programs track influence on revenue, retention, and pipeline velocity. Automated reporting and cross-functional access ensure advocacy data informs business planning and validates the program's contribution to corporate performance and customer impact.",
      levels: [
        {
          score: 1,
          label: 'Undeveloped',
          description: 'The main goal is centralizing advocate information and content',
          evidence: [
            'Spreadsheets, or some custom CRM fields offer a limited source of program data',
            'Reporting on advocacy impact on demand generation or closed revenue is not feasible',
            'Most advocate activity is not captured in a system for analysis',
          ],
        },
        {
          score: 2,
          label: 'Emerging',
          description: 'Tagging of centralized advocate information and content for granular reporting is a priority',
          evidence: [
            'Spreadsheets or custom CRM functionality offer a single source of program data, but maintenance is a struggle',
            'Reporting on advocate impact on revenue, campaigns or program operations performance is possible, but laborious',
            'Most advocate activity is not captured in a system for analysis',
          ],
        },
        {
          score: 3,
          label: 'Focused',
          description: 'Centralized advocate information and content are predominantly tagged to support granular reporting',
          evidence: [
            'Spreadsheets, or some custom CRM fields provide a fairly complete data source, but maintenance is a struggle',
            'Reporting on advocate impact on revenue, campaigns or program operations performance is possible, but laborious',
            'A significant portion of advocate activity is captured in a system for analysis',
          ],
        },
        {
          score: 4,
          label: 'Advanced',
          description: 'Advocate information and content is centralized and well-tagged',
          evidence: [
            'Purpose-built advocacy technology (vendor or homegrown) is in use',
            'Advocate impact on revenue, campaigns, events, etc. is tracked and quantifiable',
            'The majority of advocate activity is captured in a system for analysis',
            'Dashboards and actionable reports are available on-demand',
          ],
        },
      ],
      redFlags: [],
    },
    {
      id: 'horizontal-integration',
      title: 'Horizontal Integration',
      measures: 'How advocacy connects across departments and workflows. As maturity grows, programs evolve from operating in silos to functioning as a shared enterprise resource. Mature programs embed advocacy into Sales, Marketing, Customer Success (CS), and other processes, creating seamless collaboration and amplifying organizational impact.',
      levels: [
        {
          score: 1,
          label: 'Undeveloped',
          description: 'Minimal engagement with field teams',
          evidence: [
            'Advocacy operates in isolation, act on ad hoc requests with little context or planning',
            'Visibility into advocacy activity is department-specific',
            'Sales, Marketing, and CS see advocacy as a tactical resource, not a strategic partner.',
            'Advocate relationships are siloed and closely guarded',
            'No shared understanding of how or when to leverage advocates',
            'No advocate coordination; duplicate outreach creates inefficiency and customer fatigue',
          ],
        },
        {
          score: 2,
          label: 'Emerging',
          description: 'Awareness of the advocacy program exists within some field teams, though engagement is inconsistent',
          evidence: [
            'Collaboration depends on personal relationships, not structured processes',
            'Advocacy team begins mapping where advocacy could support sales and marketing needs, but alignment remains informal',
            'Teams occasionally align before contacting customers, yet no defined process or shared visibility exists',
            'Some advocate relationships are siloed and closely guarded',
          ],
        },
        {
          score: 3,
          label: 'Focused',
          description: 'Advocacy maintains regular communication with key stakeholder teams (Sales, CS, PR, Demand Gen)',
          evidence: [
            'Defined request and fulfillment processes exist, improving reliability and predictability',
            'Program data begins to flow between systems, enabling some shared visibility into advocate activities and availability',
            'Advocacy efforts increasingly align to departmental goals, though not yet fully integrated with corporate strategy',
            'Advocacy team tracks advocate outreach and improves cross-functional visibility',
            'Program is gaining recognition and trust as the central authority for advocacy activities',
          ],
        },
        {
          score: 4,
          label: 'Advanced',
          description: 'Deep, proactive partnerships with all field teams—advocacy is embedded in GTM planning and execution',
          evidence: [
            'Advocacy efforts align with team goals and timing to support business results',
            'Shared metrics connect advocacy to pipeline, retention, and brand KPIs',
            'Advocacy recognized company-wide as integral to meeting corporate goals, not mere support',
            "Territorial control of customer relationships gives way to trust in the program's stewardship",
            'Departments collaborate through shared systems to optimize customer touchpoints',
          ],
        },
      ],
      redFlags: [],
    },
    {
      id: 'content-strategy',
      title: 'Content Strategy',
      measures: 'This is how customer stories, videos, etc., are created, managed, and leveraged. With maturity: content creation evolves from ad hoc and reactive to intentional and data-informed, content aligns with business priorities, accessibility is ensured across teams, and assets are continuously refreshed for maximum, measurable impact.',
      levels: [
        {
          score: 1,
          label: 'Undeveloped',
          description: 'Reactive to demand from Sales or Demand Gen',
          evidence: [
            'Content not mapped to customer journey',
            'Focused on a few content types: videos, reviews, case studies',
            "Tagging to optimize SEO and end-user search isn't a priority",
            'Content resides in many repositories, no version control',
          ],
        },
        {
          score: 2,
          label: 'Emerging',
          description: 'Reached critical mass for videos, reviews, case studies',
          evidence: [
            'Content not mapped to customer journey',
            'Focused on a few content types: videos, reviews, case studies',
            'Content resides in a few repositories, no version control',
            'Tagging to optimize SEO and end-user search is limited',
            'Usage data is limited or non-existent',
          ],
        },
        {
          score: 3,
          label: 'Focused',
          description: 'Multi-modal content mapped to most of the customer journey',
          evidence: [
            'Content is centralized with some version control',
            'Some content development is strategically mapped to company growth objectives',
            'Tagging to optimize SEO and end-user search is mostly happening',
            'Usage data is mostly available, with a few blind spots',
          ],
        },
        {
          score: 4,
          label: 'Advanced',
          description: 'Multi-modal content mapped to all customer journey stages',
          evidence: [
            'Content is centralized with consistent, enforced version control',
            'Content development is strategically mapped to company growth objectives',
            'Tagging to optimize SEO and end-user search is standardized',
            'Broad usage data is available for analysis guiding future production goals',
          ],
        },
      ],
      redFlags: [],
    },
    {
      id: 'field-relationships',
      title: 'Field Relationships',
      measures: "Field relationships define how advocacy partners with Sales, Marketing, CS and other go-to-market teams. As maturity grows, collaboration becomes strategic—programs act as internal consultants, educating teams, guiding best practices, and maximizing the organization's return on advocate engagement.",
      levels: [
        {
          score: 1,
          label: 'Undeveloped',
          description: 'Advocacy not perceived as an official function in the organization',
          evidence: [
            'Each team sees advocacy as a favor or a side hustle',
            "Teams don't know the advocacy processes or who owns what",
            'Only most vocal stakeholder groups are supported (e.g., sales)',
            'No formal stakeholder feedback channels to improve practices exist',
          ],
        },
        {
          score: 2,
          label: 'Emerging',
          description: 'Advocacy is a function, but not yet a program',
          evidence: [
            'Scope of supported teams is somewhat defined',
            'The function is reactive, inconsistent, or perceived as a bottleneck',
            "Teams don't know the program's process or who owns what, opt to handle advocacy needs themselves",
            'Requests made via scattered channels, often last-minute',
            'Program awareness training is part of onboarding',
            'No formal stakeholder feedback channels (e.g., surveys, advisory board) are established',
          ],
        },
        {
          score: 3,
          label: 'Focused',
          description: 'Advocacy perceived as an official program',
          evidence: [
            'Relationships built with team managers and some executives',
            'Scope of supported teams and services are largely defined',
            'Stakeholder feedback channels—some formal, some informal—established',
            'Program awareness, and advocacy best-practices training are part of onboarding',
            'Trust in the program is building, viewed as a partner',
          ],
        },
        {
          score: 4,
          label: 'Advanced',
          description: 'Relationships built with all relevant leaders and team managers',
          evidence: [
            'Advocacy embedded in executive strategy and organizational planning',
            'Formal feedback channels set for stakeholder groups',
            'Deep insight into when and how each stakeholder team can leverage advocates to achieve their goals',
            "Advocacy team has a clear understanding of stakeholder teams' needs, aligning advocate database and content to corporate goals",
            'Program trust established, viewed as a partner',
          ],
        },
      ],
      redFlags: [],
    },
    {
      id: 'managing-upward',
      title: 'Managing Upward',
      measures: "This is how program managers engage executives and secure ongoing sponsorship. As maturity increases, communication evolves from sporadic updates to strategic influence. Mature programs earn C-suite advocacy, demonstrate measurable impact, and ensure exec alignment with advocacy's role in driving corporate goals and growth.",
      levels: [
        {
          score: 1,
          label: 'Undeveloped',
          description: 'Executive awareness of advocacy is limited or nonexistent',
          evidence: [
            'Communication with leadership is ad hoc or only on request',
            'Program value described in activity counts (e.g., number of advocates, or case studies), not impact',
            'Advocacy viewed as a tactical, "nice-to-have" support function rather than a strategic lever',
          ],
        },
        {
          score: 2,
          label: 'Emerging',
          description: 'Direct manager supports advocacy, but no executive champions exist',
          evidence: [
            'Updates occasionally reach VP level indirectly through summary reports',
            "Leaders can't explain advocacy's business impact; stories are anecdotal and untied to KPIs",
            'Executives view advocacy as "nice-to-have" support for sales and marketing rather than a lever in company strategy',
          ],
        },
        {
          score: 3,
          label: 'Focused',
          description: 'At least one executive champion references advocacy in planning or communications',
          evidence: [
            'Metrics begin linking to business outcomes (e.g., revenue influence, retention)',
            'Advocacy manager proactively shares wins and updates but remains report-focused vs. strategy shaping',
            'Leadership advocating for advocacy is growing but not consistent',
          ],
        },
        {
          score: 4,
          label: 'Advanced',
          description: 'Advocacy recognized and championed by C-suite as a strategic growth driver',
          evidence: [
            'Execs kept informed and equipped w/ advocacy proof points',
            'Advocacy manager seeks leader input on the strategic goals advocacy can help advance next',
            'Execs include advocacy metrics in board and company updates',
            'Program tightly aligned to corporate goals; execs use advocacy wins in comms',
            'Managing upward is an intentional, ongoing practice',
          ],
        },
      ],
      redFlags: [],
    },
    {
      id: 'advocate-relationships',
      title: 'Advocate Relationships',
      measures: 'Relationships evolve from transactional to strategic partnerships. Mature programs maintain direct advocate connections, define mutual value, and plan long-term engagement. Full visibility into usage, recognition programs, and community benefits create sustained advocacy and deepen trust with marquee and emerging customer advocates alike.',
      levels: [
        {
          score: 1,
          label: 'Undeveloped',
          description: 'No formal relationships with advocates; engagement occurs through intermediaries (Sales, CS, PR)',
          evidence: [
            'Customers perceive no value in participating—no benefits have been communicated',
            'Advocacy requests are opportunistic and transactional',
            'Little understanding of customer usage, sentiment, or advocacy potential',
          ],
        },
        {
          score: 2,
          label: 'Emerging',
          description: 'Some direct contact with advocates through specific activities (e.g., reference calls, case studies)',
          evidence: [
            'Limited visibility into customer product use or engagement history',
            'Appreciation expressed informally by individual teams; no consistent or program-wide recognition',
            'Outreach remains reactive, though early efforts to track advocate participation beginning',
          ],
        },
        {
          score: 3,
          label: 'Focused',
          description: 'Advocacy team maintains ongoing relationships with known advocates and tracks participation',
          evidence: [
            'Strategic discussions beginning—some advocates engaged in planned, multi-month activities',
            'Value exchange is clearer; advocates see benefit in participation',
          ],
        },
        {
          score: 4,
          label: 'Advanced',
          description: 'Deep, trusted relationships with advocates built on mutual value, actively nurtured as a strategic company asset',
          evidence: [
            '12-month (or longer) engagement plans in place for marquee accounts, integrating advocacy into their customer journey',
            'Full visibility into usage and preferences enables personalized outreach',
            'Formal recognition, community engagement, and exclusive access create sustained loyalty',
          ],
        },
      ],
      redFlags: [],
    },
    {
      id: 'information-systems',
      title: 'Information Systems',
      measures: 'Systems progress from fragmented spreadsheets to fully integrated advocacy platforms. Mature programs unify CRM, CS, and enablement data, automate core processes, and leverage AI for predictive insights, matching, and optimization. Centralized access, strong technical support, and data integrity drive scalability and efficiency.',
      levels: [
        {
          score: 1,
          label: 'Undeveloped',
          description: 'Advocate data lives in spreadsheets or personal files across departments',
          evidence: [
            'Information is inconsistent, outdated, or incomplete',
            'No centralized, searchable system; available to all stakeholders',
            'Little or no technical support to add advocate data to CRM',
          ],
        },
        {
          score: 2,
          label: 'Emerging',
          description: 'Single, standalone or homegrown database used to store basic advocate information',
          evidence: [
            'Tracks contact details, reference profiles, and some use history records',
            'Minimal technical support; data maintenance occurs inconsistently, largely manual',
            'Visibility limited to the program; data not accessible company-wide',
          ],
        },
        {
          score: 3,
          label: 'Focused',
          description: 'CRM leveraged for search, and to manage core advocate and activity data',
          evidence: [
            'Tracks customer usage, and advocacy participation, with basic reporting',
            'Some integrations established with related systems (e.g., customer success)',
            'Automation of some core processes (e.g., nominations, requests)',
            'Technical partnership established for ongoing support; early AI pilots explored',
          ],
        },
        {
          score: 4,
          label: 'Advanced',
          description: 'Purpose-built advocacy technology centralizes all program data and workflows',
          evidence: [
            'Fully integrated with CRM, CS, sales enablement and community systems; accessible to all stakeholders',
            'Automation streamlines nominations, requests, recruiting, rewards, and data hygiene',
            'AI enhances efficiency and insight, powering predictive recommendations, advocate mining and matching',
            'Strong technical partnership drives continuous innovation',
          ],
        },
      ],
      redFlags: [],
    },
    {
      id: 'program-promotion',
      title: 'Program Promotion',
      measures: 'Awareness shifts from one-off announcements to continuous, multi-channel engagement. Mature programs sustain visibility through executive advocacy, creative storytelling, and measurable impact. Consistent recognition and stakeholder rewards reinforce adoption, prevent regression, and establish a durable internal brand that keeps advocacy top-of-mind.',
      levels: [
        {
          score: 1,
          label: 'Undeveloped',
          description: "Awareness of the advocacy function is minimal; activity occurs informally or under other teams' banners",
          evidence: [
            'No coordinated effort to communicate program purpose or value to the organization',
            'Communication is informal and inconsistent across teams',
            'No stakeholder recognition or reward to reinforce engagement; old habits return',
          ],
        },
        {
          score: 2,
          label: 'Emerging',
          description: 'Occasional program promotion via newsletters, company meetings, or events',
          evidence: [
            'Some proactive evangelizing by program leads but not sustained',
            'Basic collateral and channels (e.g., Slack, Teams) exist but are rarely updated',
            'Limited stakeholder acknowledgement; minimal motivation to keep using the program',
          ],
        },
        {
          score: 3,
          label: 'Focused',
          description: 'Promotion follows a consistent cadence through newsletters, sales meetings, and internal channels',
          evidence: [
            'Advocacy wins and success stories regularly shared to maintain visibility',
            'Program brand gaining traction across departments',
            'Stakeholder recognition or small incentives introduced to reward adoption and reinforce desired behaviors',
          ],
        },
        {
          score: 4,
          label: 'Advanced',
          description: 'Promotion is ongoing and embedded in all company communications—internal (including executives), external',
          evidence: [
            'Stories, data, and advocate outcomes continually showcased to prove value and inspire participation',
            'Executive sponsors and peer groups actively promote and celebrate advocacy',
            'Formal reward and recognition structures motivate stakeholders to sustain engagement and prevent regression',
            'Program has a distinct, enduring brand and cultural presence',
          ],
        },
      ],
      redFlags: [],
    },
    {
      id: 'outside-expertise',
      title: 'Outside Expertise',
      measures: 'External engagement evolves from isolation to active community participation. Mature programs connect with peers, partners, and thought leaders, applying insights to innovate and refine strategy. Continuous learning and contribution to the advocacy community fuel agility, relevance, and ongoing program improvement.',
      levels: [
        {
          score: 1,
          label: 'Undeveloped',
          description: 'No engagement with advocacy community peers, partners, or industry experts',
          evidence: [
            'Program operates in isolation with little awareness of advanced advocacy practices',
            'In isolation, the program burns cycles solving problems others have already mastered',
          ],
        },
        {
          score: 2,
          label: 'Emerging',
          description: 'Occasional exposure to advocacy best practices through webinars, articles, or community events',
          evidence: [
            'Beginning to recognize the value of external expertise but engagement remains uneven',
            'Limited network forming—connections made but not maintained',
            'Lessons from peers noted but rarely applied or shared internally',
          ],
        },
        {
          score: 3,
          label: 'Focused',
          description: 'Program leader/team regularly participates in advocacy events, webinars, and online discussions',
          evidence: [
            'Program manager actively consumes and applies insights from blogs, newsletters, and peer exchanges',
            'Maintains a small, growing professional network and adopts best practices when identified',
            'Engages select partners for expertise and advice',
          ],
        },
        {
          score: 4,
          label: 'Advanced',
          description: 'Highly connected with advocacy peers, partners, and thought leaders inside and in related fields (e.g., Customer Success)',
          evidence: [
            'Leverages external expertise to innovate and continuously refine program strategy',
            'Actively contributes to the broader advocacy community through content, presentations, or leadership roles',
            'External collaboration fuels continuous learning and sustained program excellence',
          ],
        },
      ],
      redFlags: [],
    },
    {
      id: 'program-organization',
      title: 'Program Organization',
      measures: 'Program organization defines how advocacy is staffed, structured, and work is divided among team members. As maturity grows, roles evolve from ad hoc and reactive to dedicated and strategic. Mature programs have skilled, focused resources with bandwidth to execute, align regionally, and drive advocacy excellence.',
      levels: [
        {
          score: 1,
          label: 'Undeveloped',
          description: 'Advocacy responsibilities handled reactively by non-dedicated resources',
          evidence: [
            'Resource(s) have limited advocacy experience and not enough time in the workforce to lead effectively',
            'Core objectives undefined or poorly executed due to lack of leader support, focus and bandwidth',
            'Team members lack passion for advocacy or understanding of its strategic value',
          ],
        },
        {
          score: 2,
          label: 'Emerging',
          description: 'One partially dedicated resource manages advocate activities tactically, alongside other duties',
          evidence: [
            'Core objectives (sales reference support, story candidates, recruiting, etc.) defined but execution inconsistent or rushed',
            'Limited understanding of stakeholder needs (Sales, Events, Marketing)',
            'Bandwidth constraints prevent strategic development or sustained progress',
          ],
        },
        {
          score: 3,
          label: 'Focused',
          description: 'Dedicated resources incorporate elements of strategy into program management, but execution remains largely tactical',
          evidence: [
            'Team has the capacity to build and maintain productive relationships with customers and stakeholders',
            'Core program elements are clearly defined and executed consistently',
            'Team members mostly aligned and focused on their program responsibilities and goals',
          ],
        },
        {
          score: 4,
          label: 'Advanced',
          description: 'Program led by strong, strategic leadership at director level or above',
          evidence: [
            'Sufficiently staffed with dedicated resources who have time for both strategic and operational execution',
            'Core elements and secondary areas (e.g., CABs, community, customer events) actively managed',
            'Regional resources address local needs while maintaining global program alignment',
            'Team fully aligned, skilled, and empowered to drive advocacy excellence',
          ],
        },
      ],
      redFlags: [],
    },
  ],
  bandsNote: 'Bands derived from the four stages: the model itself defines no overall bands.',
  bands: [
    {
      id: 'undeveloped',
      label: 'Undeveloped',
      min: 1,
      max: 1.4,
      interpretation: 'Most dimensions sit at the first stage of evolution: advocacy is handled ad hoc rather than as a program.',
      nextStep: 'Record your ratings for a complete snapshot, then define and prioritize short-term goals to advance your weakest dimensions.',
    },
    {
      id: 'emerging',
      label: 'Emerging',
      min: 1.5,
      max: 2.4,
      interpretation: 'Program practices are forming, but some dimensions are more evolved than others.',
      nextStep: 'Define and prioritize short- and long-term goals to advance program maturity, and share your assessment and goals with leadership to secure support.',
    },
    {
      id: 'focused',
      label: 'Focused',
      min: 2.5,
      max: 3.4,
      interpretation: 'A structured program is in place across most dimensions; the work now is balance across all of them.',
      nextStep: 'Raise the lagging dimensions toward balance and revisit progress regularly with stakeholders and leadership to ensure progress and accountability.',
    },
    {
      id: 'advanced',
      label: 'Advanced',
      min: 3.5,
      max: 4,
      interpretation: 'Advocacy is becoming an indispensable company asset; programs are never finished, they keep evolving.',
      nextStep: 'Keep all dimensions in balance and revisit progress regularly with stakeholders and leadership.',
    },
  ],
};
