import type { FundingDeadlinesMessages } from './fundingDeadlines.de.ts';

const fundingDeadlinesEn: FundingDeadlinesMessages = {
  fundingDeadlines: {
    navLink: 'Deadlines',
    title: 'Deadlines',
    intro:
      'The submission deadlines of your funding applications still in draft or internal review.',
    listHeading: 'Upcoming submission deadlines',
    caption: 'Submission deadlines, earliest first',
    empty:
      'None of your funding applications in draft or internal review has a submission deadline.',
    application: 'Funding application',
    programme: 'Funding programme',
    deadline: 'Submission deadline',
    remaining: 'Time left',
    status: 'Status',
    daysLeft: '{count} day left | {count} days left',
    today: 'ends today',
    overdue: 'passed {count} day ago | passed {count} days ago',
    calendar: {
      heading: 'Subscribe to the calendar (iCalendar)',
      intro:
        'With a personal calendar link you see these deadlines in your calendar program, for example Outlook or Thunderbird: subscribe to an internet calendar there with the link.',
      active: 'A calendar link is active for you.',
      inactive: 'No calendar link is active for you.',
      create: 'Create calendar link',
      createHint: 'A new link invalidates the previous one.',
      revoke: 'Revoke calendar link',
      urlLabel: 'Your calendar link',
      urlHint:
        'The link is secret: whoever knows it sees the deadlines of your funding applications without signing in. It is only shown now. Creating a new link invalidates this one.',
      copy: 'Copy link',
      copied: 'The calendar link is copied to the clipboard.',
      copyFailed: 'Copying was not possible. Select the link in the field and copy it yourself.',
      created: 'A new calendar link has been created. Copy it now; it is only shown once.',
      revoked: 'The calendar link is revoked. Subscribed calendars receive no more deadlines.',
    },
  },
};

export default fundingDeadlinesEn;
