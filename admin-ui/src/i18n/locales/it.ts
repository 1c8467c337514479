import type { Translation } from '../types'

const it: Translation = {
  app: {
    name: 'Panic Button',
    loading: 'Caricamento…',
  },
  language: {
    label: 'Lingua',
    en: 'English',
    fr: 'Français',
    it: 'Italiano',
  },
  header: {
    signedInAs: 'Accesso effettuato come {{name}}',
    signOut: 'Esci',
  },
  signIn: {
    title: 'Accedi',
    subtitle: 'Amministrazione Panic Button',
    email: 'E-mail',
    emailPlaceholder: 'tu@esempio.it',
    password: 'Password',
    submit: 'Accedi',
    validation: {
      emailRequired: 'Inserisci il tuo indirizzo e-mail',
      emailInvalid: 'Inserisci un indirizzo e-mail valido',
      passwordRequired: 'Inserisci la password',
    },
    failed: {
      credentials: 'E-mail o password errati',
      rateLimited: 'Troppi tentativi. Attendi qualche minuto e riprova.',
    },
  },
  interventions: {
    title: 'Interventi',
    filterLabel: 'Riferimento',
    filterPlaceholder: 'Filtra per riferimento',
    clearFilter: 'Cancella filtro',
    total_one: '{{count}} intervento',
    total_other: '{{count}} interventi',
    column: {
      reference: 'Riferimento',
      status: 'Stato',
      printer: 'Stampante',
      reporter: 'Segnalato da',
      createdAt: 'Creato il',
    },
    noPrinter: '—',
    empty: {
      title: 'Ancora nessun intervento',
      description: 'Gli interventi compaiono qui non appena qualcuno preme Panic Button su una stampante.',
    },
    noMatch: {
      title: 'Nessun intervento corrispondente',
      description: 'Nessun riferimento di intervento contiene «{{filter}}».',
    },
    previousPage: 'Pagina precedente',
    nextPage: 'Pagina successiva',
    page: 'Pagina {{page}}',
  },
  errors: {
    title: 'Si è verificato un errore',
    retry: 'Riprova',
    UNAUTHENTICATED: 'La sessione è scaduta. Accedi di nuovo.',
    FORBIDDEN: 'Non hai l’autorizzazione per questa operazione.',
    NOT_FOUND: 'Questo elemento non esiste più.',
    BAD_USER_INPUT: 'Alcune informazioni inserite non sono valide.',
    RATE_LIMITED: 'Troppe richieste. Attendi un momento e riprova.',
    NETWORK: 'Il server non è raggiungibile. Controlla la connessione e riprova.',
    INTERNAL: 'Si è verificato un errore imprevisto. Riprova più tardi.',
  },
}

export default it
