/** The zienswijze letter before a high recovery (Awir art. 26b): model, template, rendering. */
export * from './model';
export * from './render';
export * from './zienswijzebrief-1';
