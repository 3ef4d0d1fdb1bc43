export * from './dossier-sheets.ts';
export * from './located-issue.ts';
export * from './locate-path.ts';
export * from './read-dossier-xlsx.ts';
export * from './write-dossier-xlsx.ts';
