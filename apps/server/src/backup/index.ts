export { writeBackup } from './write-backup.ts';
export { restoreBackup, type RestoreOptions } from './restore-backup.ts';
export { readBackup, verifyBackup } from './read-backup.ts';
export { tableChecksums, type TableChecksum } from './table-checksums.ts';
export { BackupError, BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader } from './backup-format.ts';
