import { join } from 'node:path';
import { expectAccessible } from '../support/axe';
import { expect, openAs, shoot, test } from '../support/fixtures';
import { BOX, IMEI, JOB, TRADE_IN } from '../support/mock-api';

const PHOTO = join(__dirname, '../support/photo.png');

test('dock receipt: tracking scan, weight, IMEI read, locks, a photo, then the outcome', async ({ page, mock }) => {
  await openAs(page, 'grader', '/site/dock');
  await expect(page.getByTestId('scan-tracking')).toBeFocused();
  await page.keyboard.type('SBX4786710252297\n', { delay: 0 });
  // The device by its name (the catalog's), not its catalog id.
  await expect(page.getByTestId('parcel')).toContainText('Apple iPhone 13');
  await expect(page.getByTestId('weight')).toBeFocused();
  await page.keyboard.type('380');
  await page.getByTestId('scan-device').focus();
  await page.keyboard.type(`${IMEI}\n`, { delay: 0 });
  await expect(page.getByTestId('device-read')).toContainText(IMEI);
  await page.getByTestId('dock-photo').setInputFiles(PHOTO);
  await expect(page.getByTestId('photo-stored')).toBeVisible();
  await expectAccessible(page, 'site: dock receipt');
  await shoot(page, 'site-dock');
  await page.getByTestId('submit-dock').click();
  await expect(page.getByTestId('dock-outcome')).toHaveText('Received');
  const receipt = mock.call('POST', /\/v1\/dock\/receipts$/);
  expect(receipt.body).toEqual({
    trackingNumber: 'SBX4786710252297',
    parcelWeightGrams: 380,
    evidenceRefs: [`sha256:${'ab'.repeat(32)}`],
    imei: IMEI,
    activationLock: false,
    mdmEnrolled: false,
  });
  expect(receipt.headers['idempotency-key']).toBeTruthy();
  expect(mock.call('POST', /\/v1\/evidence$/).service).toBe('intake');
});

test('dock receipt without a photo: the server names the field, shown next to it', async ({ page, mock }) => {
  mock.on((c) =>
    c.method === 'POST' && c.path === '/v1/dock/receipts'
      ? {
          status: 400,
          body: {
            status: 400,
            code: 'VALIDATION_FAILED',
            detail: 'invalid request',
            errors: [{ field: 'evidenceRefs', reason: 'evidenceRefs must hold at least one unboxing reference' }],
          },
        }
      : undefined,
  );
  await openAs(page, 'grader', '/site/dock');
  await expect(page.getByTestId('scan-tracking')).toBeFocused();
  await page.keyboard.type('SBX4786710252297\n', { delay: 0 });
  await page.getByTestId('weight').fill('380');
  await page.getByTestId('submit-dock').click();
  await expect(page.getByRole('alert').filter({ hasText: 'at least one unboxing reference' }).first()).toBeVisible();
  await expect(page.getByTestId('dock-result')).toHaveCount(0);
  await expectAccessible(page, 'site: dock receipt with an error');
});

test('box receipt: declared against scanned, then reconciliation', async ({ page, mock }) => {
  await openAs(page, 'grader', '/site/boxes');
  await expect(page.getByTestId('scan-box-tracking')).toBeFocused();
  await page.keyboard.type('SBX0024776580821\n', { delay: 0 });
  await expect(page.getByTestId('site-box')).toBeVisible();
  await page.keyboard.type(`${IMEI}\n`, { delay: 0 });
  await expect(page.getByTestId('scan-result').first()).toHaveText('Arrived');
  await page.getByTestId('reconcile').click();
  await expect(page.getByTestId('reconciliation')).toContainText('Missing: 1');
  expect(mock.call('POST', new RegExp(`/boxes/${BOX}/scans$`)).body).toEqual({ imei: IMEI });
  await expectAccessible(page, 'site: box receipt');
  await shoot(page, 'site-box-receipt');
});

test('queue: mine first, then unclaimed by deadline, lease countdown, a clear message on a claim conflict', async ({ page, mock }) => {
  void mock;
  await openAs(page, 'grader', '/site/queue');
  const rows = page.getByTestId('queue-row');
  await expect(rows).toHaveCount(3);
  // unclaimed oldest deadline (JOB, 120 min) before the later one (600 min), someone else's last
  await expect(rows.nth(0)).toContainText('Apple iPhone 13');
  // A model the catalog does not know keeps its id.
  await expect(rows.nth(1)).toContainText('apple-iphone-12');
  await expect(rows.nth(2)).toContainText('tech-2');
  await expect(rows.nth(2)).toContainText('Regrade (appeal)'); // an appeal's regrade, set apart
  const lease = rows.nth(2).getByTestId('lease');
  await expect(lease).toHaveText(/^1[12]:\d\d$/);
  const before = (await lease.textContent()) ?? '';
  await expect(lease).not.toHaveText(before); // it counts down every second
  await expectAccessible(page, 'site: queue');
  await shoot(page, 'site-queue');
  await rows.nth(1).getByTestId('claim').click();
  await expect(page.getByTestId('claim-conflict')).toContainText('Another technician claimed it first');
});

test('a job from the keyboard: identity read, P/F keys, battery %, cosmetic key, photo, erasure, grade, stock label', async ({
  page,
  mock,
}) => {
  await openAs(page, 'grader', '/site/queue');
  await page.getByTestId('queue-row').nth(0).getByTestId('claim').click();
  await expect(page).toHaveURL(new RegExp(`/site/jobs/${JOB}`));
  await expect(page.getByTestId('scan-identity')).toBeFocused();
  await page.keyboard.type(`${IMEI}\n`, { delay: 0 });
  await page.getByTestId('check-POWER').focus();
  await page.keyboard.press('p');
  await expect(page.getByTestId('check-DISPLAY_TOUCH')).toBeFocused();
  await page.keyboard.press('f');
  await page.keyboard.press('n'); // biometrics: not present (optional hardware)
  await expect(page.getByTestId('check-BATTERY_HEALTH')).toBeFocused();
  await page.keyboard.type('91');
  await page.getByTestId('cosmetic').focus();
  await page.keyboard.press('b');
  await page.getByTestId('inspection-photo').setInputFiles(PHOTO);
  await expect(page.getByTestId('photo-stored')).toBeVisible();
  await expectAccessible(page, 'site: inspection');
  await shoot(page, 'site-inspection');
  await page.getByTestId('submit-inspection').click();
  await expect(page.getByTestId('inspection-done')).toBeVisible();
  const inspection = mock.call('PUT', /\/inspection$/);
  expect(inspection.body).toEqual({
    identityRead: { imei: IMEI },
    checks: { POWER: 'PASS', DISPLAY_TOUCH: 'FAIL', BIOMETRICS: 'NOT_PRESENT', BATTERY_HEALTH: 91 },
    cosmeticGrade: 'B',
    defects: [],
    missingAccessories: [],
    locks: { activationLock: false, mdmEnrolled: false },
    evidence: [{ ref: `sha256:${'ab'.repeat(32)}`, sha256: 'ab'.repeat(32), kind: 'PHOTO' }],
  });
  expect(mock.call('POST', /\/v1\/evidence$/).service).toBe('grading');

  await page.getByTestId('erasure-tool').fill('Blancco Mobile');
  await page.getByTestId('erasure-version').fill('7.2');
  await page.getByTestId('erasure-report').fill('crypto erase verified');
  await expectAccessible(page, 'site: erasure');
  await page.getByTestId('submit-erasure').click();
  await expect(page.getByTestId('erasure-done')).toBeVisible();
  await page.getByTestId('grade').click();
  await expect(page.getByTestId('stock-label')).toContainText('APPLE-IPHONE-13--128GB--VERY-GOOD');
  await expect(page.getByTestId('barcode')).toHaveCount(2);
  await expectAccessible(page, 'site: stock label');
  await shoot(page, 'site-stock-label');
});

test('an incomplete inspection names each missing answer next to it and sends nothing', async ({ page, mock }) => {
  await openAs(page, 'grader', `/site/jobs/${JOB}`);
  await page.getByTestId('submit-inspection').click();
  await expect(page.getByTestId('check-POWER')).toContainText('Answer this check');
  await expect(page.getByText('Take at least one photo').first()).toBeVisible();
  expect(mock.callsTo('PUT', /\/inspection$/)).toHaveLength(0);
});

const LOCKS: Record<
  string,
  {
    activationLock: string;
    mdm: string;
    answerCheck: string;
    takePhoto: string;
    refused: string;
    power: string;
    colon: string;
    smartphone: string;
  }
> = {
  fr: {
    activationLock: "Verrou d'activation actif",
    mdm: 'Inscrit MDM',
    answerCheck: 'Répondez à ce contrôle',
    takePhoto: 'Prenez au moins une photo',
    refused: 'Non accepté',
    power: "S'allume et démarre",
    colon: '\u202f: ',
    smartphone: 'Smartphone',
  },
  ja: {
    activationLock: 'アクティベーションロックあり',
    mdm: 'MDM 登録あり',
    answerCheck: 'この項目に回答してください',
    takePhoto: '写真を一枚以上撮ってください',
    refused: '受け付けられませんでした',
    power: '電源が入り起動する',
    colon: '：',
    smartphone: 'スマートフォン',
  },
};

for (const [lang, words] of Object.entries(LOCKS)) {
  test(`in ${lang}: the dock and the bench ask about locks in the grader's language and name a missing answer next to it`, async ({
    page,
    mock,
  }) => {
    void mock;
    await openAs(page, 'grader', '/site/dock', lang);
    await expect(page.getByTestId('scan-tracking')).toBeFocused();
    await page.keyboard.type('SBX4786710252297\n', { delay: 0 });
    // The parcel's device by name and category, in the grader's language (not the API's code).
    await expect(page.getByTestId('parcel')).toContainText(`(${words.smartphone})`);
    await page.getByTestId('weight').fill('380');
    await page.getByTestId('scan-device').focus();
    await page.keyboard.type(`${IMEI}\n`, { delay: 0 });
    await page.getByLabel(words.activationLock).check();
    await expect(page.getByLabel(words.mdm)).not.toBeChecked();
    await expectAccessible(page, `site: dock receipt in ${lang}`);
    await shoot(page, `site-dock-${lang}`);

    await page.goto(`/site/jobs/${JOB}`);
    await page.getByTestId('submit-inspection').click();
    // Focus goes to the first thing to fix (the device's identity is read first), not left on the button.
    await expect(page.getByTestId('scan-identity')).toBeFocused();
    await expect(page.getByLabel(words.activationLock)).toBeVisible();
    await expect(page.getByLabel(words.mdm)).toBeVisible();
    await expect(page.getByTestId('check-POWER')).toContainText(words.answerCheck);
    await expect(page.getByText(words.takePhoto).first()).toBeVisible();
    // The summary is titled in the grader's words; the code stays underneath for support.
    await expect(page.getByTestId('problem')).toContainText(words.refused);
    await expect(page.getByTestId('problem-code')).toContainText('INCOMPLETE');
    // The summary names each missing answer by the label the grader sees, not the API's field path.
    const powerItem = page.getByTestId('problem').locator('[data-field="checks.POWER"]');
    // Label and reason joined the language's way (a narrow no-break space before the colon in French, a full-width one in Japanese).
    await expect(powerItem).toContainText(`${words.power}${words.colon}${words.answerCheck}`);
    await expect(page.getByTestId('problem')).not.toContainText('checks.POWER');
    await expectAccessible(page, `site: incomplete inspection in ${lang}`);
    await shoot(page, `site-inspection-${lang}`);
  });
}

test("a regrade shows the appeal's reason and the appealed grade, then its own result beside it", async ({ page, mock }) => {
  const grade = (cosmeticGrade: string, technicianId: string, marketplaceGrade: string) => ({
    gradeId: `g-${technicianId}`,
    technicianId,
    cosmeticGrade,
    functionalGrade: 0,
    marketplaceGrade,
    disposition: 'REFURBISH',
    defects: cosmeticGrade === 'D' ? ['DISPLAY_COVER_CRACKED'] : [],
    failedChecks: [],
    batteryHealthPercent: 91,
    gradedAt: '2026-12-02T15:00:00.000Z',
  });
  mock.on((c) => {
    if (c.method !== 'GET' || c.path !== `/v1/jobs/${JOB}`) return undefined;
    const graded = mock.callsTo('POST', new RegExp(`/v1/jobs/${JOB}/grade$`)).length > 0;
    return {
      body: {
        jobId: JOB,
        tradeInId: TRADE_IN,
        siteId: 'SITE-1',
        kind: 'REGRADE',
        status: graded ? 'DONE' : 'OPEN',
        reason: 'appeal (PARTNER): the screen has no crack, only a protector',
        claimedBy: 'tech-1',
        leaseExpiresAt: new Date(Date.now() + 30 * 60_000).toISOString(),
        deadlineAt: new Date(Date.now() + 120 * 60_000).toISOString(),
        device: { category: 'smartphone', modelId: 'apple-iphone-13', variantId: '128gb', imei: IMEI, serialNumber: null },
        checklist: null,
        inspection: { technicianId: 'tech-1', cosmeticGrade: 'B', checks: {}, inspectedAt: new Date().toISOString() },
        erasureCertificates: [{ certificateId: 'cert-1', verification: 'PASSED', method: 'PURGE' }],
        gradeId: graded ? 'g-tech-1' : null,
        appeal: {
          appealId: 'ap-1',
          requestedBy: 'PARTNER',
          reason: 'the screen has no crack, only a protector',
          requestedAt: '2026-12-03T08:00:00.000Z',
          status: graded ? 'REGRADED' : 'OPEN',
        },
        appealedGrade: grade('D', 'tech-9', 'Fair'),
        result: graded ? grade('B', 'tech-1', 'Very good') : null,
      },
    };
  });
  await openAs(page, 'grader', `/site/jobs/${JOB}`);
  const panel = page.getByTestId('regrade-panel');
  await expect(page.getByTestId('appeal-reason')).toHaveText('the screen has no crack, only a protector');
  await expect(panel).toContainText('Asked by PARTNER');
  await expect(page.getByTestId('regrade-compare')).toContainText('DISPLAY_COVER_CRACKED');
  await expect(page.getByTestId('regrade-compare')).toContainText('not graded yet');
  await expectAccessible(page, 'site: regrade');
  await shoot(page, 'site-regrade');
  await page.getByTestId('grade').click();
  await expect(page.getByTestId('regrade-compare').getByRole('row', { name: /Marketplace grade/ })).toContainText('FairVery good');
});
