import { Alert, Button, Container, Group, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from '../ui/LanguagePicker';
import { HOME } from './home';
import { signIn } from './session';

interface DemoTokens {
  storeStaff?: string;
  grader?: string;
  ops?: string;
}

/** Dev server only: the demo tokens `npm start` minted. Production builds drop this (import.meta.env.DEV is false). */
function useDemoTokens(): DemoTokens | null {
  const [tokens, setTokens] = useState<DemoTokens | null>(null);
  useEffect(() => {
    if (!import.meta.env.DEV) return;
    fetch('/dev/demo-tokens')
      .then((r) => (r.ok ? (r.json() as Promise<DemoTokens>) : null))
      .then(setTokens)
      .catch(() => setTokens(null));
  }, []);
  return tokens;
}

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { reason } = useSearch({ from: '/sign-in' });
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const demo = useDemoTokens();

  const use = (value: string) => {
    const r = signIn(value);
    if (!r.ok) {
      setError(t(`signIn.invalid.${r.reason}`));
      return;
    }
    void navigate({ to: HOME[r.claims.role] });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    use(token);
  };

  return (
    <Container size={460} py="xl" component="main">
      <Group justify="space-between" mb="md">
        <Title order={1} size="h2">
          {t('app.title')}
        </Title>
        <LanguagePicker />
      </Group>
      <Paper withBorder p="lg">
        <form onSubmit={submit} noValidate>
          <Stack>
            {reason && (
              <Alert color="orange" title={t('signIn.signedOut')} role="alert">
                {reason}
              </Alert>
            )}
            <PasswordInput
              label={t('signIn.token')}
              description={t('signIn.tokenHelp')}
              value={token}
              onChange={(e) => {
                setToken(e.currentTarget.value);
                setError(null);
              }}
              error={error}
              autoFocus
              autoComplete="off"
              data-testid="token"
            />
            <Button type="submit">{t('signIn.submit')}</Button>
            {import.meta.env.DEV && demo && (
              <Stack gap="xs" data-testid="demo-sign-in">
                <Title order={2} size="h5">
                  {t('signIn.demo')}
                </Title>
                <Group>
                  {demo.storeStaff && (
                    <Button variant="light" onClick={() => use(demo.storeStaff ?? '')}>
                      {t('signIn.asClerk')}
                    </Button>
                  )}
                  {demo.grader && (
                    <Button variant="light" onClick={() => use(demo.grader ?? '')}>
                      {t('signIn.asGrader')}
                    </Button>
                  )}
                  {demo.ops && (
                    <Button variant="light" onClick={() => use(demo.ops ?? '')}>
                      {t('signIn.asOps')}
                    </Button>
                  )}
                </Group>
              </Stack>
            )}
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
