export * from './organisation.ts';
export * from './link.ts';
export * from './cluster.ts';
