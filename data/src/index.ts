export * from './reference.ts';
export * from './demo/index.ts';
export * from './rules-loader.ts';
