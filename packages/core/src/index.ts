export * from './model/index.ts';
export * from './identifiers/index.ts';
export * from './sme/sme-category.ts';
export * from './rules/index.ts';
export * from './dossier/index.ts';
export * from './support/index.ts';
export * from './subsidy/index.ts';
export * as graph from './graph/index.ts';
export * as analytics from './analytics/index.ts';
