import { Badge, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type StoredEvidence, uploadEvidence } from '../api/evidence';
import { newIdempotencyKey } from '../api/http';
import { Pending, ProblemAlert } from './feedback';

interface Props {
  service: 'intake' | 'grading';
  photos: StoredEvidence[];
  onChange: (photos: StoredEvidence[]) => void;
  error?: string | null;
  testId: string;
}

/**
 * Photos taken in the step that needs them (the tablet's camera through capture="environment"), uploaded at
 * once; a photo counts only once the server has stored it and answered with its ref.
 */
export function PhotoCapture({ service, photos, onChange, error, testId }: Props) {
  const { t } = useTranslation();
  const upload = useMutation({
    mutationFn: (file: File) => uploadEvidence(service, file, file.name || 'photo.jpg', newIdempotencyKey()),
    onSuccess: (stored) => onChange([...photos.filter((p) => p.ref !== stored.ref), stored]),
  });
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <FileButton
          onChange={(f) => {
            if (f) upload.mutate(f);
          }}
          accept="image/jpeg,image/png,image/webp"
          capture="environment"
          inputProps={{ 'data-testid': testId } as Record<string, string>}
        >
          {(props) => (
            <Button {...props} variant="default" size="xs" data-problem={error ? 'true' : undefined}>
              {t('photo.take')}
            </Button>
          )}
        </FileButton>
        <Pending when={upload.isPending} />
        {photos.map((p) => (
          <Badge key={p.ref} variant="light" color="green" data-testid="photo-stored">
            {t('photo.stored')} {p.sha256.slice(0, 8)}
          </Badge>
        ))}
      </Group>
      {error && (
        <Text c="red" size="xs" role="alert">
          {error}
        </Text>
      )}
      <ProblemAlert error={upload.error} />
    </Stack>
  );
}
