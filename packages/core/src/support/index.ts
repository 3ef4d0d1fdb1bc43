export * from './measure-schema.ts';
export * from './match-measures.ts';
