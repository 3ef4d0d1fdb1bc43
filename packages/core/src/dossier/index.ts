export * from './dossier-schema.ts';
export * from './parse-dossier.ts';
