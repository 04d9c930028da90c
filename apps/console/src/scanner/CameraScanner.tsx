import { Alert, Button, Stack } from '@mantine/core';
import { BrowserMultiFormatReader, type IScannerControls } from '@zxing/browser';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { required } from '../lib/required';

interface Props {
  onResult: (code: string) => void;
  onClose: () => void;
}

/** The camera fallback (its own chunk, see ScanField): reads barcodes from the rear camera until one decodes. */
export default function CameraScanner({ onResult, onClose }: Props) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let controls: IScannerControls | undefined;
    let stopped = false;
    const reader = new BrowserMultiFormatReader();
    reader
      .decodeFromVideoDevice(undefined, required(video.current, 'the video element'), (result, _err, c) => {
        if (result && !stopped) {
          stopped = true;
          c.stop();
          onResult(result.getText());
        }
      })
      .then((c) => {
        controls = c;
        if (stopped) c.stop();
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    return () => {
      stopped = true;
      controls?.stop();
    };
  }, [onResult]);
  return (
    <Stack gap="xs" mt="xs" data-testid="camera">
      {error ? (
        <Alert color="red" role="alert">
          {t('scan.cameraError', { error })}
        </Alert>
      ) : (
        <video ref={video} style={{ maxWidth: 320 }} muted playsInline aria-label={t('scan.camera')} />
      )}
      <Button size="xs" variant="subtle" onClick={onClose}>
        {t('common.close')}
      </Button>
    </Stack>
  );
}
