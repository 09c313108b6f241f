const en = {
  heading: 'Site management',
  description:
    'Each of your sites has its own account, a sub-account, linked to one main account. Whoever needs every account logs in once, to the main account; local teams keep their own login to their sub-account, for example to manage call forwarding.',
  add: 'Add sub-account',
  searchLabel: 'Search sites',
  searchPlaceholder: 'Name, customer number, city or badge',
  subExplanation: 'Only a main account can have sub-accounts. This account is a sub-account of {main}.',
  subWhatToDo: 'To add sites, log in to the main account {main} or contact the people who manage it.',
  standaloneHint: 'When you add your first sub-account, this account becomes the main account.',
  added: '{name} was added as a sub-account.',
  filterLegend: 'Show',
  filterAll: 'All',
  filterCollective: 'Collective invoice',
  filterProvisioning: 'Being set up',
  filterSuspended: 'Suspended',
  loading: 'Loading site management…',
  moreDescription: 'Read more',
  lessDescription: 'Show less',
  dialogFailed: 'Adding a sub-account could not be opened. Check your connection and try again.',
};

export type LocationManagementMessages = typeof en;
export default en;
