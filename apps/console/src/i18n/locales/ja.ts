import { type Catalogue } from './shape';

export const ja: Catalogue = {
  app: { title: '下取りコンソール', language: '言語', navigation: 'メインナビゲーション', signOut: 'サインアウト' },
  nav: {
    newTradeIn: '新規下取り', storeIntake: '受付チェック', boxes: '箱', tradeIns: '下取り一覧',
    queue: '査定キュー', dock: '入荷受付', boxReceipt: '箱の受領',
    workQueues: '作業キュー', search: '検索', priceTables: '価格表', partners: 'パートナーとキー',
    staffTokens: 'スタッフトークン',
  },
  role: { store_staff: '店舗', grader: '査定拠点', ops: '運用' },
  signIn: {
    token: 'スタッフトークン', tokenHelp: '責任者から受け取ったトークンを貼り付けるかスキャンしてください', submit: 'サインイン', signedOut: 'サインアウトされました',
    demo: 'デモ（開発時のみ）', asClerk: 'デモ店舗スタッフでサインイン', asGrader: 'デモ査定員でサインイン', asOps: 'デモ運用担当でサインイン',
    invalid: { MALFORMED: 'スタッフトークンではありません', NOT_STAFF: '店舗・拠点・運用スタッフ用のトークンではありません', EXPIRED: 'トークンの有効期限が切れています' },
  },
  common: {
    pending: '保留中（サーバーの応答待ち）', noAnswer: 'サーバーから応答がありません', retry: '再試行', print: '印刷', back: '戻る',
    cancel: 'キャンセル', change: '変更', close: '閉じる', remove: '削除', all: 'すべて', empty: '待機中の項目はありません', status: '状態',
    tradeInId: '下取り', serial: 'シリアル',
  },
  scan: {
    deviceLabel: 'IMEI またはシリアル番号', deviceHelp: 'バーコードをスキャンするか入力して Enter', camera: 'カメラでスキャン',
    cameraLoading: 'カメラを起動しています…', cameraError: 'カメラを起動できません: {{error}}',
  },
  imei: {
    EMPTY: '何も読み取れませんでした', NON_DIGIT: 'IMEI は数字のみです', WRONG_LENGTH: 'IMEI は 15 桁です（IMEISV は 16 桁）',
    CHECK_DIGIT: 'チェックデジットが一致しません: 読み取りまたは入力の誤りです', RESERVED_TAC: 'TAC またはシリアルがすべてゼロ: 実在しない端末です',
    RESERVED_SVN: 'ソフトウェアバージョン 99 は予約済みです', SERIAL_FORMAT: 'シリアル番号は 4〜40 文字の英数字またはハイフンです',
  },
  market: { FR: 'フランス (EUR)', DE: 'ドイツ (EUR)', ES: 'スペイン (EUR)', IT: 'イタリア (EUR)', GB: 'イギリス (GBP)', US: 'アメリカ (USD)', JP: '日本 (JPY)' },
  store: {
    market: '市場',
    new: {
      title: '新規下取り', restart: '最初から',
      step: { scan: 'スキャン', model: '機種', questions: '状態', offer: '査定額', accept: 'お客様', receipt: '受領書' },
      noTacMatch: 'この IMEI の機種が見つかりません: カタログを検索してください', searchCatalog: 'カタログ検索（メーカーと名前、Enter）',
      numberKeys: '回答の番号キーを押してください', breakdown: '査定額の内訳', expires: '査定額の有効期限',
      accept: 'お客様が承諾', decline: 'お客様が辞退', storeCredit: 'お渡しするストアクレジット', confirmAccept: '承諾してストアクレジットを付与',
      toIntake: 'この端末の受付チェック', next: '次のお客様',
      outcome: { NO_OFFER: 'この端末には査定額がありません', RECYCLE_ONLY: 'リサイクルのみ（支払いなし）' },
    },
    intake: {
      title: '受付チェック', submit: '受付を記録', outcome: '結果', detected: '検出された機種', blockList: 'ブロックリスト', next: '次の端末',
    },
    boxes: {
      title: '査定拠点への箱', site: '査定拠点', open: '箱を開く', box: '箱', devices: '端末', tracking: '追跡番号',
      label: 'ラベルをダウンロード', scanIn: '端末を箱にスキャン', scanInHelp: 'ここで受け付けた端末、または受領書の下取り番号をスキャン',
      close: '箱を閉じる', ship: '箱を発送', printManifests: '明細書を印刷',
    },
    tradeIns: { title: 'この店舗の下取り' },
  },
  storeChecks: {
    POWERS_ON: { label: '電源は入りますか？', YES: 'はい', NO: 'いいえ' },
    SCREEN: { label: '画面', INTACT: '正常', SCRATCHED: '傷あり', CRACKED: '割れ', NO_DISPLAY: '表示なし' },
    LOCKS: { label: 'ロック', NONE: 'なし', ACTIVATION_LOCK: 'アクティベーションロック', MDM: 'MDM 登録', ACTIVATION_LOCK_AND_MDM: 'アクティベーションロックと MDM' },
    ACCESSORIES: { label: '付属品', COMPLETE: 'すべてあり', PARTIAL: '一部', NONE: 'なし' },
  },
  questions: {
    functional: { label: 'すべて動作しますか（電源、ボタン、カメラ、音声、通信）？', works: 'すべて動作する', minor_issues: '軽微な機能が一つ動作しない', not_working: '電源が入らない、または主要機能が動作しない' },
    screen: { label: '画面の状態', flawless: '目立つ傷なし', light_scratches: '軽い傷（画面点灯時は見えない）', deep_scratches: '爪に引っかかる深い傷', cracked: 'ガラス割れ（表示は正常）', display_defect: 'ドット抜け、線、焼き付き、タッチ不良' },
    body: { label: '本体とフレームの状態', flawless: '新品同様', light_wear: '軽い傷や擦れ', heavy_wear: 'へこみ、深い傷、欠け', cracked_or_bent: '背面割れまたはフレームの曲がり' },
    battery: { label: 'バッテリーの状態（設定 › バッテリー）', '80_or_more': '80 % 以上', below_80: '80 % 未満、または「修理サービス」表示' },
    locks: { label: 'ロック', none: 'ロック解除済み、探す／Google アカウント削除済み', sim_locked: '通信事業者にロック（SIM ロック）', activation_locked: '探す、Google FRP、またはアカウントロックが有効' },
  },
  breakdown: { BASE_PRICE: '基本価格' },
  customer: { name: 'お客様のお名前', email: 'お客様のメールアドレス' },
  receipt: {
    title: '下取り受領書', reference: '受付番号', store: '店舗', device: '端末', customer: 'お客様', storeCredit: 'ストアクレジット', date: '日付',
    terms: 'この受領書は保管してください。端末は査定拠点で再度確認されますが、付与したストアクレジットはそのままです。',
  },
  outcome: { RECEIVED: '受付済み', REJECTED: '受付不可', QUARANTINED: '隔離', SUSPENDED: '保留', MISMATCH: '不一致' },
  boxStatus: { OPEN: 'オープン', CLOSED: 'クローズ', SHIPPED: '発送済み', RECEIVED: '受領済み', RECONCILED: '照合済み' },
  scanResult: { ARRIVED: '到着', UNEXPECTED: 'この箱の端末ではありません', DUPLICATE: 'スキャン済み' },
  shipment: { DELIVERED: '配達済み', IN_TRANSIT: '輸送中', LABEL_ISSUED: 'ラベル発行済み' },
  locks: { activationLock: 'アクティベーションロックあり', mdm: 'MDM 登録あり' },
  photo: { take: '写真を撮る', stored: '写真を保存しました' },
  manifest: { title: '箱の明細書 – このページを箱に入れてください', device: '端末', model: '機種', count_one: '{{count}} 台', count_other: '{{count}} 台' },
  site: {
    dock: {
      title: '入荷受付', tracking: '荷物の追跡番号をスキャン', weight: '荷物の重さ (g)', empty: '荷物は空です',
      deviceRead: '端末から読み取った IMEI またはシリアル', submit: '受付を記録', next: '次の荷物',
    },
    boxes: {
      title: '箱の受領', tracking: '箱の追跡番号をスキャン', scanDevice: '箱の端末を一台ずつスキャン', declared: '店舗の申告',
      scanned: 'ここでスキャン済み', seen: 'スキャン済み', reconcile: '照合', next: '次の箱', arrived: '到着', missing: '不足', unexpected: '想定外',
    },
    queue: {
      title: '査定キュー', job: '下取り', kind: '種別', device: '端末', deadline: '期限', claimedBy: '担当者', lease: '確保',
      claim: '担当する', continue: '続ける', mine: '自分', unclaimed: '未担当', overdue: '期限超過',
      conflictTitle: '他の人がこの作業を担当しました', conflict: '別の査定員が先に担当しました。キューを更新しました。',
    },
    job: {
      title: '査定', release: '作業を解放', notMine: 'この作業は {{who}} が担当しています。先にキューから担当してください。',
      inspection: '検品', identityRead: '端末から読み取った IMEI またはシリアル', identityHelp: 'ラベルではなく端末自体（設定または診断）から',
      checklistKeys: '項目を選択 (Tab): P 合格、F 不合格、N 非搭載', notAnswered: '未回答', cosmetic: '外観グレード（A–E キー）',
      defects: '不具合コード', defectsHelp: 'カンマ区切り（例: SCREEN_SCRATCH）', submitInspection: '検品を送信',
      answerCheck: 'この項目に回答してください', readDevice: '端末から識別番号を読み取ってください', pickCosmetic: '外観グレードを選んでください', takePhoto: '写真を一枚以上撮ってください',
      incomplete: '検品が完了していません', inspected: '検品済み', erasure: 'データ消去', recordErasure: '消去を記録', erased: '消去済み',
      grade: '端末を査定', stockLabel: '在庫ラベル', marketplaceGrade: 'マーケットプレイスグレード', functional: '機能', notStocked: '在庫対象外（処分区分を参照）',
      printLabel: '在庫ラベルを印刷',
      cosmeticShort: '外観', waitingForStock: '在庫登録を待っています…',
    },
  },
  checks: {
    POWER: '電源が入り起動する', DISPLAY_TOUCH: '画面とタッチ', FRONT_CAMERA: 'フロントカメラ', REAR_CAMERA: 'リアカメラ',
    SPEAKERS_MICROPHONE: 'スピーカーとマイク', BUTTONS: 'ボタン', CHARGING_PORT: '充電ポート', BIOMETRICS: '生体認証（顔・指紋）',
    CELLULAR: 'モバイル通信と SIM', BATTERY_HEALTH: 'バッテリー状態 %',
  },
  checkResult: { PASS: '合格', FAIL: '不合格', NOT_PRESENT: '非搭載' },
  erasure: {
    mediumId: '記憶媒体', mediumType: '媒体の種類', method: '方式 (NIST 800-88)', technique: '手法', tool: 'ツール', toolVersion: 'ツールのバージョン',
    verification: '検証', report: 'ツールのレポート',
  },
  disposition: { REFURBISH: '再生', REPAIR: '修理', RECYCLE: 'リサイクル', QUARANTINE: '隔離', PARTS: '部品取り' },
  stockStatus: { IN_STOCK: '在庫あり', REMOVED: '在庫から除外' },
  jobKind: { INITIAL: '初回査定', REGRADE: '再査定（異議）', REINSPECTION: '再検品' },
  state: {
    QUOTED: '見積済み', ACCEPTED: '承諾済み', IN_TRANSIT: '輸送中', RECEIVED: '受領済み', GRADED: '査定済み', COUNTER_OFFERED: '改定オファー',
    FINALIZED: '確定', PAID: '支払済み', COMPLETED: '完了', EXPIRED: '期限切れ', QUARANTINED: '隔離', SUSPENDED: '保留',
    RETURNING: '返送中', RETURNED: '返送済み', CANCELLED: 'キャンセル',
  },
  tradeIn: {
    timeline: '履歴', at: '日時', state: '状態', cause: '要因', detail: '詳細', device: '端末', amount: '金額', discrepancy: '店舗差異',
    created: '作成日時', custody: '管理履歴', grades: '査定', stock: '在庫', payouts: '支払い', payoutAudit: '支払いの監査',
  },
  ops: {
    queues: {
      title: '作業キュー', holds: '保留中の支払い', quarantine: '隔離', revised: '未回答の改定オファー', unshipped: '発送期限間近',
      suspended: '保留中の荷物', 'label-failures': 'ラベル発行失敗', 'carrier-exceptions': '配送例外', 'boxes-in-transit': '輸送中の箱',
    },
    holds: {
      amount: '金額', method: '方法', reasons: '保留理由', due: '期日', overdue: '期限超過', reason: '解除理由（監査に記録されます）',
      identityVerified: '売り手の本人確認を行いました', release: '保留を解除',
    },
    search: {
      title: '下取り検索', query: '下取り ID、IMEI または追跡番号', help: '入力またはスキャンして Enter', notFound: '{{q}} は見つかりません',
    },
    prices: {
      title: '価格表', versions: 'バージョン', version: 'バージョン', rows: '行数', source: '形式', by: 'アップロード者', at: '日時', current: '現行',
      chooseFile: 'CSV ファイルを選択', csv: '新しい価格表 (CSV)', line: '行', compare: '現行価格と比較', activate: 'この価格表を有効化',
      diff: '現行価格との差分', change: '変更', item: '機種 · バリエーション · 市場', before: '変更前', after: '変更後',
      added: '追加', removed: '削除', changed: '変更', noChange: '価格の変更はありません',
    },
    staffTokens: { title: 'スタッフトークン', role: '役割', subject: '担当者（サブジェクト）', storeId: '店舗', partnerId: 'パートナー', siteId: '査定拠点', hours: '有効時間（時間）', reason: '理由（監査に記録されます）', issue: 'トークンを発行', issued: 'トークンを発行しました（{{at}} まで有効）。表示は一度だけです。今すぐ渡してください。', copy: 'コピー', copied: 'コピーしました', audit: '発行済みトークン（監査）', issuedAt: '発行日時', issuedBy: '発行者', binding: '店舗 · パートナー · 拠点', expires: '有効期限' },
    partners: { title: 'パートナーと API キー', keys: 'API キー', revoke: '失効', revoked: '失効済み' },
  },
  holdReason: {},
  reason: {},
};
