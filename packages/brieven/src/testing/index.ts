/** Test support for other packages: example letters of every kind. */

export * from './pdf-gereedschap';
export * from './voorbeelden';
