export * from './model/index.ts';
export * from './identifiers/index.ts';
export * from './sme/sme-category.ts';
