/** The zienswijze before a high recovery (Awir art. 26b): store, run step and booking. */
export * from './parameters';
export * from './schrijf-zienswijzen';
export * from './zienswijze';
