const en = {
  app: {
    name: 'Panic Button',
    loading: 'Loading…',
  },
  language: {
    label: 'Language',
    en: 'English',
    fr: 'Français',
    it: 'Italiano',
  },
  header: {
    signedInAs: 'Signed in as {{name}}',
    signOut: 'Sign out',
  },
  signIn: {
    title: 'Sign in',
    subtitle: 'Panic Button administration',
    email: 'Email',
    emailPlaceholder: 'you@example.com',
    password: 'Password',
    submit: 'Sign in',
    validation: {
      emailRequired: 'Enter your email address',
      emailInvalid: 'Enter a valid email address',
      passwordRequired: 'Enter your password',
    },
    failed: {
      credentials: 'Wrong email or password',
      rateLimited: 'Too many attempts. Wait a few minutes and try again.',
    },
  },
  interventions: {
    title: 'Interventions',
    filterLabel: 'Reference',
    filterPlaceholder: 'Filter by reference',
    clearFilter: 'Clear filter',
    total_one: '{{count}} intervention',
    total_other: '{{count}} interventions',
    column: {
      reference: 'Reference',
      status: 'Status',
      printer: 'Printer',
      reporter: 'Reporter',
      createdAt: 'Created',
    },
    noPrinter: '—',
    empty: {
      title: 'No interventions yet',
      description: 'Interventions appear here as soon as someone presses Panic Button on a printer.',
    },
    noMatch: {
      title: 'No matching interventions',
      description: 'No intervention reference contains “{{filter}}”.',
    },
    previousPage: 'Previous page',
    nextPage: 'Next page',
    page: 'Page {{page}}',
  },
  errors: {
    title: 'Something went wrong',
    retry: 'Try again',
    UNAUTHENTICATED: 'Your session has expired. Sign in again.',
    FORBIDDEN: 'You are not allowed to do this.',
    NOT_FOUND: 'This item no longer exists.',
    BAD_USER_INPUT: 'Some of the information entered is not valid.',
    RATE_LIMITED: 'Too many requests. Wait a moment and try again.',
    NETWORK: 'The server cannot be reached. Check your connection and try again.',
    INTERNAL: 'An unexpected error occurred. Try again later.',
  },
} as const

export default en
