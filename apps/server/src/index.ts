export { buildApp } from './app.ts';
export { startServer, WEB_ROOT } from './serve.ts';
export { readConfig, ConfigError, type ServerConfig } from './config.ts';
export { importFile, type ImportKind, type ImportMode } from './services/import.service.ts';
export { exportFile, exportRecords } from './services/export.service.ts';
export { loadDemoData } from './services/demo.service.ts';
export { AppError } from './services/app-error.ts';
export { createAccount, resetPassword } from './access/accounts.service.ts';
export { DEMO_PASSWORD } from './access/demo-accounts.ts';
