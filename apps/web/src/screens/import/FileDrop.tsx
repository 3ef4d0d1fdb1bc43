import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { Text } from '@mantine/core';
import { useI18n } from '../../i18n/i18n.tsx';

/**
 * A drop zone that is also a button: keyboard and click open the file picker. `detail` is shown under the chosen
 * file (what it will be read as); `accept` filters the picker only, a dropped file is whatever was dropped.
 */
export function FileDrop({ file, onFile, accept = '.csv,.xlsx,.txt', detail }: { file: File | null; onFile(file: File): void; accept?: string; detail?: ReactNode }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState(false);
  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setActive(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };
  return (
    <div
      className="klaster-drop" data-active={active} role="button" tabIndex={0} data-testid="file-drop"
      onClick={() => input.current?.click()} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') input.current?.click(); }}
      onDragOver={(e) => { e.preventDefault(); setActive(true); }} onDragLeave={() => setActive(false)} onDrop={drop}
    >
      <Text fw={500}>{t('imp.drop')}</Text>
      {file && <Text size="sm" c="dimmed" mt={6} data-testid="chosen-file">{t('imp.chosen', { f: `${file.name} (${Math.ceil(file.size / 1024)} КБ)` })}</Text>}
      {file && detail}
      <input ref={input} type="file" accept={accept} hidden data-testid="file-input"
        onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) onFile(f); e.currentTarget.value = ''; }} />
    </div>
  );
}
