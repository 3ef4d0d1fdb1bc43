export * from './subsidy-types.ts';
export * from './exclusion.ts';
export * from './calculate-subsidy.ts';
