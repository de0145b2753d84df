import type { ProcessListMessages } from './processList.de.ts';

const processListEn: ProcessListMessages = {
  processList: {
    title: 'Process models',
    navLink: 'Process models',
    intro:
      "Process models of your cities, of your partnerships, and other cities' public models. What has proven itself you can adopt.",
    importModel: 'Import a process model',
    filterHeading: 'Search and filter',
    search: 'Search',
    searchHint:
      'Searches titles, descriptions, tags and the activities in the diagram (German), e.g. “Gewerbe”.',
    city: 'City',
    allCities: 'All cities',
    serviceKey: 'Service key',
    serviceKeyHint: '14 digits (LeiKa/FIM), e.g. 99050012104000.',
    serviceKeyInvalid: 'Enter the service key with exactly 14 digits, or leave the field empty.',
    status: 'Status',
    anyStatus: 'Any status',
    tag: 'Tag',
    licence: 'Licence',
    anyLicence: 'Any licence',
    apply: 'Search',
    reset: 'Reset filters',
    resultsHeading: 'Results',
    found: 'No process model found. | One process model found. | {n} process models found.',
    foundMore:
      'One process model shown. “Load more” shows the next ones. | {n} process models shown. “Load more” shows the next ones.',
    empty: 'No process models are visible to you yet.',
    emptyFiltered:
      'No process model matches your search. Change the search terms or reset the filters.',
    loadMore: 'Load more',
    loadingMore: 'Loading more process models …',
    noServiceKey: 'not given',
    latestVersion: 'Current state',
    versionSummary: 'Version {version}, {activities}',
    activities: 'no activities | 1 activity | {n} activities',
    tags: 'Tags',
    visibility: 'Visibility',
    adoption: 'Adoption',
    adoptionCount: 'not adopted yet | adopted by 1 city | adopted by {n} cities',
    statuses: {
      DRAFT: 'Draft',
      IN_REVIEW: 'In review',
      RELEASED: 'Released',
      ARCHIVED: 'Archived',
    },
    licences: {
      DL_DE_ZERO_2_0: 'dl-de/zero-2.0',
      DL_DE_BY_2_0: 'dl-de/by-2.0',
      CC_BY_4_0: 'CC BY 4.0',
      INTERNAL_USE_ONLY: 'Internal use only',
    },
    visibilities: {
      PRIVATE: 'Private',
      PARTNERS: 'Partnerships',
      PUBLIC: 'Public',
    },
  },
  processImport: {
    title: 'Import a process model',
    intro:
      'Upload a BPMN 2.0 diagram from your modelling tool. It is stored as version 1 of a new process model of your city.',
    backToList: 'Back to the process models',
    notAllowed:
      "A city's process owners import process models. You do not have this role in any city.",
    file: 'BPMN file',
    fileHint: 'A BPMN 2.0 file (.bpmn or .xml), at most 5 MB.',
    fileChosen: 'Selected: {name} ({size})',
    fileReading: 'Reading the file …',
    fileUnreadable: 'The file could not be read. Please select it again.',
    city: 'City',
    titleField: 'Title',
    titleHint: 'Suggested from the process name in the file.',
    description: 'Description (optional)',
    descriptionHint: 'What is it about, for whom, on which legal basis?',
    serviceKey: 'Service key (optional)',
    serviceKeyHint:
      '14 digits from the federal service catalogue (LeiKa/FIM), e.g. 99050012104000. Models with the same key describe the same service.',
    tags: 'Tags (optional)',
    tagsHint: 'Separated by commas, e.g. Gewerbe, Wirtschaft.',
    contact: 'Contact person (optional)',
    contactName: 'Name',
    contactEmail: 'E-mail address',
    licence: 'Licence',
    licenceHint: 'The terms under which other cities may adopt the model.',
    visibility: 'Visibility',
    visibilityHints: {
      PRIVATE: 'Only your city sees the model.',
      PARTNERS: 'Your city and the member cities of the selected partnerships see the model.',
      PUBLIC: 'All cities on Amtsweg see the model.',
    },
    partnerships: 'Partnerships',
    noPartnerships: '{city} has not joined any partnership yet. Choose another visibility.',
    submit: 'Import',
    submitting: 'Importing …',
    invalidFields: 'Please check: {fields}.',
    notFound: 'The city was not found. Please reload the page.',
    fieldNames: {
      file: 'BPMN file',
      cityId: 'City',
      title: 'Title',
      description: 'Description',
      serviceKey: 'Service key',
      tags: 'Tags',
      contactName: 'Name of the contact person',
      contactEmail: 'E-mail address of the contact person',
      sharedWithPartnershipIds: 'Partnerships',
    },
    invalid: {
      file: 'Select a BPMN file (.bpmn or .xml).',
      cityId: 'Choose a city whose processes you are responsible for.',
      title: 'Enter a title of 3 to 200 characters.',
      description: 'The description may be at most 10,000 characters long.',
      serviceKey:
        'Enter the service key with exactly 14 digits, e.g. 99050012104000, or leave the field empty.',
      tags: 'Enter at most 20 tags of at most 40 characters each.',
      contactName: 'The name may be at most 200 characters long.',
      contactEmail: 'Enter a complete e-mail address, or leave the field empty.',
      sharedWithPartnershipIds: 'Choose at least one partnership the city has joined.',
    },
    bpmnErrors: {
      TOO_LARGE:
        'The file is {actual} large; BPMN files may be at most {limit}. Remove embedded content such as images, or split the model into several models.',
      TOO_LARGE_GENERIC:
        'The file is too large; BPMN files may be at most {limit}. Remove embedded content such as images, or split the model into several models.',
      NOT_XML:
        'The file is not valid XML. Export the model from your modelling tool again as BPMN 2.0 and select that file.',
      NOT_XML_LINE:
        'The file is not valid XML (error in line {line}). Export the model from your modelling tool again as BPMN 2.0 and select that file.',
      NOT_BPMN:
        'The file is not a BPMN 2.0 model. Export the process model from your modelling tool as BPMN 2.0 (.bpmn) and select that file.',
      DTD_FORBIDDEN:
        'The file contains a document type declaration (DOCTYPE or ENTITY), which BPMN files do not use and which is refused for security reasons. Export the model again without it.',
      TOO_MANY_ELEMENTS:
        'The model has {actual} elements; at most {limit} are allowed. Split it into several models, for example with call activities.',
      TOO_MANY_ELEMENTS_GENERIC:
        'The model has too many elements. Split it into several models, for example with call activities.',
      TOO_DEEPLY_NESTED:
        'The model nests elements {actual} levels deep; at most {limit} are allowed. Move sub-processes into models of their own and include them with call activities.',
      TOO_DEEPLY_NESTED_GENERIC:
        'The model is nested too deeply. Move sub-processes into models of their own and include them with call activities.',
      NO_PROCESS:
        'The file contains no process, only a collaboration or collapsed pools. Model the flow in at least one pool and export the process model again.',
      UNKNOWN:
        'The file could not be imported as a BPMN 2.0 model. Export the model from your modelling tool again as BPMN 2.0.',
    },
  },
  notifications: {
    title: 'Notifications',
    navLink: 'Notifications',
    navUnread: '({count} unread)',
    intro:
      'Here you see when someone mentions you in a comment, asks you for a review, has reviewed your model or replies to your comment, and what happens to your municipality’s funding applications: invitations, approaching submission deadlines and status changes.',
    unreadSummary:
      'You have no unread notifications. | You have one unread notification. | You have {n} unread notifications.',
    markAllRead: 'Mark all as read',
    markRead: 'Mark as read',
    allMarkedRead: 'All notifications are marked as read.',
    markedRead: 'The notification is marked as read.',
    unread: 'Unread',
    read: 'Read',
    receivedAt: 'Received on',
    empty: 'You have no notifications.',
    modelGone: 'The process model is no longer visible to you.',
    applicationGone: 'The funding application is no longer visible to you.',
    projectGone: 'The project is no longer visible to you.',
    loadMore: 'Load more',
    kinds: {
      MENTION: '{actor} mentioned you in “{model}”.',
      REVIEW_REQUESTED: '{actor} asks you to review “{model}”.',
      REVIEW_SUBMITTED: '{actor} has reviewed “{model}”.',
      COMMENT_REPLY: '{actor} replied to your comment on “{model}”.',
      FUNDING_INVITATION: '{actor} invites your municipality to the funding application “{title}”.',
      FUNDING_DEADLINE:
        'The submission deadline for “{title}” is tomorrow. | The submission deadline for “{title}” is in {count} days.',
      FUNDING_STATUS_CHANGED: '{actor} has set “{title}” to “{status}”.',
      PROJECT_TASK_ASSIGNED: '{actor} assigned you a task in the project “{title}”.',
      PROJECT_STATUS_CHANGED: '{actor} changed the status of the project “{title}”.',
      PROJECT_COMMENT: '{actor} commented on the project “{title}”.',
    },
  },
};

export default processListEn;
