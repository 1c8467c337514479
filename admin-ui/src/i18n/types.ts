import type en from './locales/en'

/** The shape of a translation: the English one with every leaf widened to string. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

export type Translation = Widen<typeof en>
