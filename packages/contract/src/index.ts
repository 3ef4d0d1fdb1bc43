export * from './errors.ts';
export * from './common.ts';
export * from './registry.ts';
export * from './rules.ts';
export * from './discovery.ts';
export * from './matchmaking.ts';
export * from './accounts.ts';
export * from './stats.ts';
