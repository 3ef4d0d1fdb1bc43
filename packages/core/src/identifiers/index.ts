export * from './checksums.ts';
