// English texts of the funding programmes; same keys as funding.de.ts.
import type { FundingMessages } from './funding.de.ts';

const fundingEn: FundingMessages = {
  funding: {
    navLink: 'Funding programmes',
    title: 'Funding programmes',
    intro:
      'Funding programmes of the state, the federal government and the EU with funding rate, caps and deadline.',
    empty: 'No funding programmes have been added yet.',
    createLink: 'Add funding programme',
    created: 'The funding programme “{name}” has been added.',
    funder: 'Funder',
    rate: 'Funding rate',
    capPerMunicipality: 'Maximum grant per municipality',
    capPerApplication: 'Maximum grant per application',
    minOwnShare: 'Minimum own share',
    categories: 'Eligible cost categories',
    deadline: 'Submission deadline',
    noDeadline: 'no deadline',
    deadlinePassed: 'Deadline passed',
    deadlineToday: 'Deadline is today',
    daysLeft: '{count} day left | {count} days left',
    documents: 'Required documents',
    notes: 'Notes',
    callLink: 'Call for “{name}”',
    none: 'not specified',
    category: {
      PERSONNEL: 'Personnel',
      EXTERNAL_SERVICES: 'External services',
      HARDWARE_SOFTWARE: 'Hardware and software',
      TRAINING: 'Training',
    },
  },
  fundingForm: {
    title: 'Add funding programme',
    intro: 'Add a funding programme so that all municipalities can use it for applications.',
    backToList: 'Back to the funding programmes',
    notAllowed: 'Only funding officers and administrators can add funding programmes.',
    name: 'Name of the funding programme',
    funder: 'Funder',
    callUrl: 'Link to the call (optional)',
    callUrlHint: 'Starts with https:// or http://',
    rate: 'Funding rate in %',
    rateHint: 'For example 80 or 80.5',
    capPerMunicipality: 'Maximum grant per municipality in € (optional)',
    capPerApplication: 'Maximum grant per application in € (optional)',
    capHint: 'For example 40,000.00 or 40000',
    minOwnShare: 'Minimum own share in % (optional)',
    categories: 'Eligible cost categories',
    deadline: 'Submission deadline (optional)',
    documents: 'Required documents (optional)',
    documentsHint: 'One document per line.',
    notes: 'Notes (optional)',
    submit: 'Save funding programme',
    invalid: {
      name: 'Enter a name of at most 200 characters that no other funding programme uses.',
      funder: 'Enter the funder, at most 200 characters.',
      callUrl: 'Enter an address starting with https:// or http://.',
      rateBasisPoints: 'Enter a funding rate above 0 and at most 100 %.',
      capPerMunicipality:
        'Enter an amount in euros, for example 40,000.00 or 40000 (at most two decimals).',
      capPerApplication:
        'Enter an amount in euros, for example 40,000.00 or 40000 (at most two decimals).',
      minOwnShareBasisPoints: 'Enter an own share between 0 and 100 %.',
      eligibleCategories: 'Choose at least one cost category.',
      deadline: 'Enter a valid date.',
      requiredDocuments: 'Enter at most 50 different documents of at most 200 characters each.',
      notes: 'The notes may be at most 5000 characters long.',
    },
  },
};

export default fundingEn;
