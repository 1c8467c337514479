import type { Translation } from '../types'

const fr: Translation = {
  app: {
    name: 'Panic Button',
    loading: 'Chargement…',
  },
  language: {
    label: 'Langue',
    en: 'English',
    fr: 'Français',
    it: 'Italiano',
  },
  header: {
    signedInAs: 'Connecté en tant que {{name}}',
    signOut: 'Se déconnecter',
  },
  signIn: {
    title: 'Connexion',
    subtitle: 'Administration Panic Button',
    email: 'E-mail',
    emailPlaceholder: 'vous@exemple.fr',
    password: 'Mot de passe',
    submit: 'Se connecter',
    validation: {
      emailRequired: 'Saisissez votre adresse e-mail',
      emailInvalid: 'Saisissez une adresse e-mail valide',
      passwordRequired: 'Saisissez votre mot de passe',
    },
    failed: {
      credentials: 'E-mail ou mot de passe incorrect',
      rateLimited: 'Trop de tentatives. Patientez quelques minutes puis réessayez.',
    },
  },
  interventions: {
    title: 'Interventions',
    filterLabel: 'Référence',
    filterPlaceholder: 'Filtrer par référence',
    clearFilter: 'Effacer le filtre',
    total_one: '{{count}} intervention',
    total_other: '{{count}} interventions',
    column: {
      reference: 'Référence',
      status: 'Statut',
      printer: 'Imprimante',
      reporter: 'Demandeur',
      createdAt: 'Créée le',
    },
    noPrinter: '—',
    empty: {
      title: 'Aucune intervention pour le moment',
      description: 'Les interventions apparaissent ici dès qu’un utilisateur appuie sur Panic Button sur une imprimante.',
    },
    noMatch: {
      title: 'Aucune intervention correspondante',
      description: 'Aucune référence d’intervention ne contient « {{filter}} ».',
    },
    previousPage: 'Page précédente',
    nextPage: 'Page suivante',
    page: 'Page {{page}}',
  },
  errors: {
    title: 'Une erreur est survenue',
    retry: 'Réessayer',
    UNAUTHENTICATED: 'Votre session a expiré. Reconnectez-vous.',
    FORBIDDEN: 'Vous n’êtes pas autorisé à effectuer cette action.',
    NOT_FOUND: 'Cet élément n’existe plus.',
    BAD_USER_INPUT: 'Certaines informations saisies ne sont pas valides.',
    RATE_LIMITED: 'Trop de requêtes. Patientez un instant puis réessayez.',
    NETWORK: 'Le serveur est injoignable. Vérifiez votre connexion puis réessayez.',
    INTERNAL: 'Une erreur inattendue est survenue. Réessayez plus tard.',
  },
}

export default fr
