import { Button, Group, NativeSelect, Paper, Stack, Stepper, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, newIdempotencyKey } from '../api/http';
import { tacModel } from '../api/intake';
import { acceptQuote, catalogByTac, catalogModel, createQuote, questionnaire, searchCatalog } from '../api/quote';
import { type CatalogModel, type CatalogVariant, MARKETS, type Market, type Questionnaire, type Quote, type TradeIn } from '../api/types';
import { readDeviceCode, typingProblem } from '../lib/device-code';
import { ChoiceButtons } from '../ui/ChoiceButtons';
import { DateText, MoneyText, Pending, ProblemAlert } from '../ui/feedback';
import { ScanField, type ScanFieldHandle } from '../ui/ScanField';
import { saveMarket, savedMarket } from './market';
import { Receipt } from './Receipt';
import { required } from '../lib/required';

type Step = 'scan' | 'model' | 'questions' | 'offer' | 'accept' | 'receipt';
const STEPS: Step[] = ['scan', 'model', 'questions', 'offer', 'accept', 'receipt'];

/** The counter's new trade-in: scan → model → one question per step → offer → accept with store credit → receipt. */
export function NewTradeInPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const scan = useRef<ScanFieldHandle>(null);
  const [market, setMarket] = useState<Market>(savedMarket());
  const [step, setStep] = useState<Step>('scan');
  const [code, setCode] = useState<{ imei?: string; serialNumber?: string }>({});
  const [candidates, setCandidates] = useState<CatalogModel[]>([]);
  const [model, setModel] = useState<CatalogModel | null>(null);
  const [variant, setVariant] = useState<CatalogVariant | null>(null);
  const [form, setForm] = useState<Questionnaire | null>(null);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [quote, setQuote] = useState<Quote | null>(null);
  const [tradeIn, setTradeIn] = useState<TradeIn | null>(null);
  const [customer, setCustomer] = useState({ name: '', email: '' });
  const [search, setSearch] = useState('');
  // One key per command attempt: a retry after a lost answer replays, a new trade-in gets a new key.
  const keys = useRef({ quote: newIdempotencyKey(), accept: newIdempotencyKey() });

  const restart = () => {
    setStep('scan');
    setCode({});
    setCandidates([]);
    setModel(null);
    setVariant(null);
    setForm(null);
    setAnswers({});
    answered.current = {};
    setQuote(null);
    setTradeIn(null);
    setCustomer({ name: '', email: '' });
    setSearch('');
    keys.current = { quote: newIdempotencyKey(), accept: newIdempotencyKey() };
    lookup.reset();
    quoteCmd.reset();
    acceptCmd.reset();
    setTimeout(() => scan.current?.focus(), 0);
  };

  const chooseModel = async (m: CatalogModel) => {
    setModel(m);
    setForm(await questionnaire(m.category, i18n.language));
    const [only, ...others] = m.variants;
    if (only && others.length === 0) {
      setVariant(only);
      setStep('questions');
    } else setStep('model');
  };

  const lookup = useMutation({
    mutationFn: async (raw: string) => {
      const c = readDeviceCode(raw);
      if (c.kind === 'invalid') throw new Error(t(`imei.${c.reason}`));
      setCode(c.kind === 'imei' ? { imei: c.imei } : { serialNumber: c.serialNumber });
      if (c.kind !== 'imei') return [];
      const tac = c.imei.slice(0, 8);
      const { items } = await catalogByTac(tac, market);
      if (items.length > 0) return items;
      // Quote's catalog does not know this TAC: intake's TAC table may (ops maintain it); otherwise search.
      const known = await tacModel(tac).catch(() => null);
      return known ? [await catalogModel(known.modelId, market)] : [];
    },
    onSuccess: async (items) => {
      setCandidates(items);
      const [only, ...others] = items;
      if (only && others.length === 0) await chooseModel(only);
      else setStep('model');
    },
  });
  const find = useMutation({
    mutationFn: (q: string) => searchCatalog(q, market),
    onSuccess: (r) => setCandidates(r.items),
  });
  const quoteCmd = useMutation({
    mutationFn: (a: Record<string, string>) =>
      createQuote(
        {
          modelId: required(model, 'the model').id,
          variantId: required(variant, 'the variant').id,
          market,
          answers: a,
          ...(code.imei ? { imei: code.imei } : {}),
        },
        keys.current.quote,
      ),
    onSuccess: (q) => {
      setQuote(q);
      setStep('offer');
    },
  });
  const acceptCmd = useMutation({
    mutationFn: () =>
      acceptQuote(
        required(quote, 'the quote').id,
        {
          customer,
          fulfilment: 'STORE',
          payout: { method: 'STORE_CREDIT' },
          revisedOfferPolicy: { policy: 'ASK' },
        },
        keys.current.accept,
      ),
    onSuccess: (r) => {
      setTradeIn(r.tradeIn);
      setStep('receipt');
    },
  });

  const answered = useRef<Record<string, string>>({});
  const answer = (questionCode: string, option: string) => {
    if (answered.current[questionCode]) return;
    const next = { ...answered.current, [questionCode]: option };
    answered.current = next;
    setAnswers(next);
    if (form && form.questions.every((q) => next[q.code])) quoteCmd.mutate(next);
  };
  const currentQuestion = form?.questions.find((q) => !answers[q.code]);
  const submitAccept = (e: FormEvent) => {
    e.preventDefault();
    acceptCmd.mutate();
  };

  return (
    <Stack gap="sm" maw={900}>
      <Group justify="space-between">
        <Title order={2}>{t('store.new.title')}</Title>
        <Group gap="xs">
          <NativeSelect
            aria-label={t('store.market')}
            size="xs"
            value={market}
            data={MARKETS.map((m) => ({ value: m, label: t(`market.${m}`) }))}
            onChange={(e) => {
              const m = e.currentTarget.value as Market;
              setMarket(m);
              saveMarket(m);
            }}
            disabled={step !== 'scan'}
            data-testid="market"
          />
          <Button size="xs" variant="default" onClick={restart}>
            {t('store.new.restart')}
          </Button>
        </Group>
      </Group>
      <Stepper active={STEPS.indexOf(step)} size="xs" allowNextStepsSelect={false}>
        {STEPS.map((s) => (
          <Stepper.Step key={s} label={t(`store.new.step.${s}`)} />
        ))}
      </Stepper>

      {step === 'scan' && (
        <Paper withBorder p="md">
          <ScanField
            ref={scan}
            label={t('scan.deviceLabel')}
            description={t('scan.deviceHelp')}
            testId="scan-device"
            problem={(v) => {
              const p = typingProblem(v);
              return p ? t(`imei.${p}`) : null;
            }}
            onScan={(v) => lookup.mutate(v)}
          />
          <Pending when={lookup.isPending} />
          <ProblemAlert error={lookup.error} />
        </Paper>
      )}

      {step === 'model' && (
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Text size="sm">{code.imei ? `IMEI ${code.imei}` : code.serialNumber ? `${t('common.serial')} ${code.serialNumber}` : ''}</Text>
            {!model && (
              <>
                {candidates.length === 0 && (
                  <Text size="sm" c="dimmed">
                    {t('store.new.noTacMatch')}
                  </Text>
                )}
                <TextInput
                  label={t('store.new.searchCatalog')}
                  value={search}
                  onChange={(e) => setSearch(e.currentTarget.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && search.trim()) find.mutate(search.trim());
                  }}
                  autoFocus
                  data-testid="catalog-search"
                />
                <ProblemAlert error={find.error} />
                {candidates.length > 0 && (
                  <ChoiceButtons
                    testId="models"
                    choices={candidates}
                    label={(m) => `${m.brand} ${m.name}`}
                    onPick={(m) => void chooseModel(m)}
                    autoFocus={false}
                  />
                )}
              </>
            )}
            {model && (
              <>
                <Title order={3} size="h4">
                  {model.brand} {model.name}
                </Title>
                <ChoiceButtons
                  testId="variants"
                  choices={model.variants}
                  label={(v) => (v.storageGb ? `${v.storageGb} GB` : v.id)}
                  onPick={(v) => {
                    setVariant(v);
                    setStep('questions');
                  }}
                />
              </>
            )}
          </Stack>
        </Paper>
      )}

      {step === 'questions' && form && (
        <Paper withBorder p="md">
          <Text size="sm" mb="xs">
            {model?.brand} {model?.name} · {variant?.storageGb ? `${variant.storageGb} GB` : variant?.id}
          </Text>
          {currentQuestion ? (
            <Stack gap="xs">
              <Title order={3} size="h4" id="question">
                {t(`questions.${currentQuestion.code}.label`, { defaultValue: currentQuestion.label })}
              </Title>
              <ChoiceButtons
                key={currentQuestion.code}
                testId={`question-${currentQuestion.code}`}
                choices={currentQuestion.options}
                label={(o) => t(`questions.${currentQuestion.code}.${o.code}`, { defaultValue: o.label })}
                onPick={(o) => answer(currentQuestion.code, o.code)}
              />
              <Text size="xs" c="dimmed">
                {t('store.new.numberKeys')}
              </Text>
            </Stack>
          ) : (
            <Pending when={quoteCmd.isPending} />
          )}
          <ProblemAlert error={quoteCmd.error} />
          {quoteCmd.isError && (
            <Button mt="xs" size="xs" onClick={() => quoteCmd.mutate(answers)}>
              {t('common.retry')}
            </Button>
          )}
        </Paper>
      )}

      {step === 'offer' && quote && (
        <Paper withBorder p="md" data-testid="offer">
          <Stack gap="xs">
            <Title order={3}>
              {quote.outcome === 'OFFER' ? (
                <MoneyText money={quote.amount} market={market} />
              ) : (
                t(`store.new.outcome.${quote.outcome}`, { defaultValue: quote.outcome })
              )}
            </Title>
            <Table withTableBorder={false} fz="sm" aria-label={t('store.new.breakdown')}>
              <Table.Tbody>
                {quote.breakdown.map((b, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{t(`breakdown.${b.code}`, { defaultValue: b.code })}</Table.Td>
                    <Table.Td ta="right">
                      <MoneyText money={b.amount} market={market} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="sm">
              {t('store.new.expires')} <DateText iso={quote.expiresAt} />
            </Text>
            <Group>
              {quote.outcome === 'OFFER' && (
                <Button autoFocus onClick={() => setStep('accept')} data-testid="to-accept">
                  {t('store.new.accept')}
                </Button>
              )}
              <Button variant="default" onClick={restart}>
                {t('store.new.decline')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}

      {step === 'accept' && quote && (
        <Paper withBorder p="md">
          <form onSubmit={submitAccept} noValidate>
            <Stack gap="xs">
              <Text>
                {t('store.new.storeCredit')}
                {t('common.colon')}
                <MoneyText money={quote.amount} market={market} />
              </Text>
              <TextInput
                label={t('customer.name')}
                required
                value={customer.name}
                autoFocus
                data-testid="customer-name"
                onChange={(e) => setCustomer({ ...customer, name: e.currentTarget.value })}
                error={fieldError(acceptCmd.error, 'customer.name')}
              />
              <TextInput
                label={t('customer.email')}
                required
                type="email"
                value={customer.email}
                data-testid="customer-email"
                onChange={(e) => setCustomer({ ...customer, email: e.currentTarget.value })}
                error={fieldError(acceptCmd.error, 'customer.email')}
              />
              <Group>
                <Button type="submit" loading={acceptCmd.isPending} data-testid="accept">
                  {t('store.new.confirmAccept')}
                </Button>
                <Pending when={acceptCmd.isPending} />
              </Group>
              <ProblemAlert error={acceptCmd.error} />
            </Stack>
          </form>
        </Paper>
      )}

      {step === 'receipt' && quote && tradeIn && (
        <Stack gap="xs">
          <Receipt tradeIn={tradeIn} quote={quote} model={model} imei={code.imei ?? code.serialNumber ?? ''} />
          <Group className="no-print">
            <Button onClick={() => window.print()} autoFocus>
              {t('common.print')}
            </Button>
            <Button
              variant="light"
              onClick={() =>
                void navigate({ to: '/store/intake', search: { tradeInId: tradeIn.id, code: code.imei ?? code.serialNumber } })
              }
              data-testid="to-intake"
            >
              {t('store.new.toIntake')}
            </Button>
            <Button variant="default" onClick={restart}>
              {t('store.new.next')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
