/** The shape of a locale: the same tree of keys as French, any strings as leaves. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
