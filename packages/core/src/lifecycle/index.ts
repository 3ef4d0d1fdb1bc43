export * from './transitions.ts';
export * from './facts.ts';
export * from './documents.ts';
export * from './deadlines.ts';
export * from './checklist-items.ts';
export * from './checklist.ts';
export * from './validate-transition.ts';
