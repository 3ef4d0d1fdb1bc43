export * from './project-types.ts';
export * from './validate-project.ts';
export * from './project-subsidy.ts';
export * from './project-status.ts';
