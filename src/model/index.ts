export * from './schema.js';
export * from './issue-codes.js';
export * from './working-document.js';
